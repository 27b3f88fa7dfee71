import { useTranslation } from 'react-i18next';
import type { FlowQuestion } from '@digihjaelp/contract';
import { Button } from '../../../ui/button';
import { SelectField } from '../../../ui/select-field';
import { TextField } from '../../../ui/text-field';
import { OptionalCondition } from './condition-editor';
import { EditorSection, useItemProblems } from './editor-section';
import { flowItemAnchor, type FlowProblem } from './flow-problems';
import { ItemControls } from './item-controls';

interface QuestionEditorProps {
  question: FlowQuestion;
  index: number;
  count: number;
  /** The questions asked before this one: the only ones its "show if" may look at. */
  earlier: FlowQuestion[];
  onChange: (question: FlowQuestion) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
  problems: readonly FlowProblem[];
  open: boolean;
  onToggle: (open: boolean) => void;
}

export function QuestionEditor({
  question,
  index,
  count,
  earlier,
  onChange,
  onMove,
  onRemove,
  problems,
  open,
  onToggle,
}: QuestionEditorProps) {
  const { t } = useTranslation();
  const options = question.options ?? [];
  const { errorFor, others } = useItemProblems(problems, ['id', 'text', 'help']);
  return (
    <EditorSection
      anchor={flowItemAnchor('questions', index)}
      title={t('flowEditor.questionLegend', { number: index + 1, id: question.id })}
      open={open}
      onToggle={onToggle}
      problems={others}
      invalid={problems.length > 0}
    >
      <TextField
        label={t('flowEditor.id')}
        hint={t('flowEditor.idHint')}
        error={errorFor('id')}
        value={question.id}
        onChange={(event) => onChange({ ...question, id: event.target.value })}
      />
      <TextField
        label={t('flowEditor.questionText')}
        error={errorFor('text')}
        value={question.text}
        onChange={(event) => onChange({ ...question, text: event.target.value })}
      />
      <TextField
        label={t('flowEditor.questionHelp')}
        error={errorFor('help')}
        value={question.help ?? ''}
        onChange={(event) => onChange({ ...question, help: event.target.value || undefined })}
      />
      <SelectField
        label={t('flowEditor.questionKind')}
        options={[
          { value: 'yesNo', label: t('flowEditor.yesNo') },
          { value: 'choice', label: t('flowEditor.choice') },
        ]}
        value={question.kind}
        onChange={(event) =>
          onChange(
            event.target.value === 'yesNo'
              ? { ...question, kind: 'yesNo', options: undefined }
              : {
                  ...question,
                  kind: 'choice',
                  options:
                    options.length > 0
                      ? options
                      : [
                          { value: 'a', label: '' },
                          { value: 'b', label: '' },
                        ],
                },
          )
        }
      />
      {question.kind === 'choice' && (
        <div className="editor-options">
          {options.map((option, optionIndex) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: edits replace the item, so only its place is stable (an object key would remount the fields on each keystroke); the fields are controlled
            <div key={optionIndex} className="editor-option">
              <TextField
                label={t('flowEditor.optionValue', { number: optionIndex + 1 })}
                value={option.value}
                onChange={(event) =>
                  onChange({
                    ...question,
                    options: options.map((o, i) => (i === optionIndex ? { ...o, value: event.target.value } : o)),
                  })
                }
              />
              <TextField
                label={t('flowEditor.optionLabel', { number: optionIndex + 1 })}
                value={option.label}
                onChange={(event) =>
                  onChange({
                    ...question,
                    options: options.map((o, i) => (i === optionIndex ? { ...o, label: event.target.value } : o)),
                  })
                }
              />
              <Button
                variant="secondary"
                onClick={() => onChange({ ...question, options: options.filter((_, i) => i !== optionIndex) })}
              >
                {t('flowEditor.removeOption')}
              </Button>
            </div>
          ))}
          <Button
            variant="secondary"
            onClick={() =>
              onChange({ ...question, options: [...options, { value: `svar-${options.length + 1}`, label: '' }] })
            }
          >
            {t('flowEditor.addOption')}
          </Button>
        </div>
      )}
      <OptionalCondition
        label={t('flowEditor.showIf')}
        condition={question.showIf}
        questions={earlier}
        onChange={(showIf) => onChange({ ...question, showIf })}
      />
      <ItemControls index={index} count={count} onMove={onMove} onRemove={onRemove} />
    </EditorSection>
  );
}
