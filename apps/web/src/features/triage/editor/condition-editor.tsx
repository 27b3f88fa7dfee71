import { useTranslation } from 'react-i18next';
import type { AnswerValue, Condition, FlowQuestion } from '@digihjaelp/contract';
import { allowedValues, answerLabel } from '@digihjaelp/triage';
import { Button } from '../../../ui/button';
import { SelectField } from '../../../ui/select-field';
import { CheckboxGroup } from './list-fields';

type ConditionKind = 'is' | 'in' | 'all' | 'any' | 'not';

function kindOf(condition: Condition): ConditionKind {
  if ('all' in condition) return 'all';
  if ('any' in condition) return 'any';
  if ('not' in condition) return 'not';
  return 'is' in condition ? 'is' : 'in';
}

/** The value a new comparison starts with: the question's first answer ("yes" without a question). */
const firstAnswer = (question: FlowQuestion | undefined): AnswerValue =>
  (question ? allowedValues(question)[0] : undefined) ?? true;

/** A fresh condition of a kind, keeping what can be kept from the previous one. */
export function blankCondition(kind: ConditionKind, questions: FlowQuestion[], previous?: Condition): Condition {
  const question =
    previous && 'question' in previous ? questions.find((q) => q.id === previous.question) : questions[0];
  const id = question?.id ?? '';
  const first = firstAnswer(question);
  switch (kind) {
    case 'is':
      return { question: id, is: first };
    case 'in':
      return { question: id, in: [first] };
    case 'all':
    case 'any':
      return { [kind]: [previous ?? { question: id, is: first }] } as Condition;
    case 'not':
      return { not: previous ?? { question: id, is: first } };
  }
}

const encode = (value: AnswerValue) => JSON.stringify(value);

/**
 * Edits a condition as a form: "the answer to … is …", "is one of …", or all / any / not of
 * nested conditions. `questions` are those the condition may look at.
 */
function ConditionEditor({
  condition,
  questions,
  onChange,
}: {
  condition: Condition;
  questions: FlowQuestion[];
  onChange: (condition: Condition) => void;
}) {
  const { t } = useTranslation();
  const kind = kindOf(condition);
  const kindOptions = (['is', 'in', 'all', 'any', 'not'] as const).map((value) => ({
    value,
    label: t(`flowEditor.condition.${value}`),
  }));
  const questionOptions = questions.map((question) => ({
    value: question.id,
    label: `${question.id}: ${question.text}`,
  }));
  const question = 'question' in condition ? questions.find((q) => q.id === condition.question) : undefined;
  const values = question ? allowedValues(question) : [];

  return (
    <div className="condition">
      <SelectField
        label={t('flowEditor.condition.kind')}
        options={kindOptions}
        value={kind}
        onChange={(event) => onChange(blankCondition(event.target.value as ConditionKind, questions, condition))}
      />
      {'question' in condition && (
        <SelectField
          label={t('flowEditor.condition.question')}
          options={questionOptions}
          value={condition.question}
          onChange={(event) => {
            const chosen = questions.find((q) => q.id === event.target.value);
            const first = firstAnswer(chosen);
            onChange(
              'is' in condition
                ? { question: event.target.value, is: first }
                : { question: event.target.value, in: [first] },
            );
          }}
        />
      )}
      {'is' in condition && question && (
        <SelectField
          label={t('flowEditor.condition.answer')}
          options={values.map((value) => ({ value: encode(value), label: answerLabel(question, value) }))}
          value={encode(condition.is)}
          onChange={(event) =>
            onChange({ question: condition.question, is: JSON.parse(event.target.value) as AnswerValue })
          }
        />
      )}
      {'in' in condition && question && (
        <CheckboxGroup
          legend={t('flowEditor.condition.answers')}
          options={values.map((value) => ({ value: encode(value), label: answerLabel(question, value) }))}
          value={condition.in.map(encode)}
          onChange={(chosen) =>
            onChange({ question: condition.question, in: (chosen ?? []).map((v) => JSON.parse(v) as AnswerValue) })
          }
        />
      )}
      {'not' in condition && (
        <div className="condition__children">
          <ConditionEditor condition={condition.not} questions={questions} onChange={(not) => onChange({ not })} />
        </div>
      )}
      {('all' in condition || 'any' in condition) && (
        <ChildConditions
          parts={'all' in condition ? condition.all : condition.any}
          questions={questions}
          onChange={(parts) => onChange('all' in condition ? { all: parts } : { any: parts })}
        />
      )}
    </div>
  );
}

function ChildConditions({
  parts,
  questions,
  onChange,
}: {
  parts: Condition[];
  questions: FlowQuestion[];
  onChange: (parts: Condition[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="condition__children">
      {parts.map((part, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: edits replace the item, so only its place is stable (an object key would remount the fields on each keystroke); the fields are controlled
        <div key={index} className="condition__child">
          <ConditionEditor
            condition={part}
            questions={questions}
            onChange={(changed) => onChange(parts.map((p, i) => (i === index ? changed : p)))}
          />
          {parts.length > 1 && (
            <Button variant="secondary" onClick={() => onChange(parts.filter((_, i) => i !== index))}>
              {t('flowEditor.condition.remove')}
            </Button>
          )}
        </div>
      ))}
      <Button variant="secondary" onClick={() => onChange([...parts, blankCondition('is', questions)])}>
        {t('flowEditor.condition.add')}
      </Button>
    </div>
  );
}

/** An optional condition: off means "always". */
export function OptionalCondition({
  label,
  condition,
  questions,
  onChange,
}: {
  label: string;
  condition: Condition | undefined;
  questions: FlowQuestion[];
  onChange: (condition: Condition | undefined) => void;
}) {
  return (
    <div className="optional-condition">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={condition !== undefined}
          disabled={questions.length === 0}
          onChange={(event) => onChange(event.target.checked ? blankCondition('is', questions) : undefined)}
        />{' '}
        {label}
      </label>
      {condition && <ConditionEditor condition={condition} questions={questions} onChange={onChange} />}
    </div>
  );
}
