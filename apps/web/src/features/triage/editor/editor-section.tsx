import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlowProblem, NamedField } from './flow-problems';

/** A problem in words: "Spørgsmål 1: teksten mangler", "Regel 3, betingelsen: Reglen … gælder aldrig". */
export function useProblemText(): (problem: FlowProblem) => string {
  const { t } = useTranslation();
  return (problem) => {
    const { place, field } = problem;
    const where =
      place.list === 'flow'
        ? t('flowEditor.problem.flow')
        : t(place.list === 'questions' ? 'flowEditor.problem.question' : 'flowEditor.problem.rule', {
            number: place.index + 1,
          });
    if (!field) return `${where}: ${problem.message}`;
    const fieldName = t(`flowEditor.problem.fields.${field}`);
    return problem.missing
      ? `${where}: ${t('flowEditor.problem.missing', { field: fieldName })}`
      : `${where}, ${fieldName}: ${problem.message}`;
  };
}

/** The problems of one question or rule, for its fields: `errorFor('text')` is the text field's error. */
export function useItemProblems(problems: readonly FlowProblem[], fieldsWithInputs: readonly NamedField[]) {
  const text = useProblemText();
  const errorFor = (field: NamedField) =>
    problems
      .filter((problem) => problem.field === field)
      .map(text)
      .join(' ') || undefined;
  const others = problems.filter((problem) => !problem.field || !fieldsWithInputs.includes(problem.field)).map(text);
  return { errorFor, others };
}

interface EditorSectionProps {
  anchor: string;
  title: string;
  open: boolean;
  onToggle: (open: boolean) => void;
  /** Problems that belong to no single field of the section. */
  problems: readonly string[];
  invalid: boolean;
  children: ReactNode;
}

/**
 * One question or rule of the flow: a collapsible section (a flow runs to dozens of them), its
 * title naming the group of fields for screen readers as a legend would.
 */
export function EditorSection({ anchor, title, open, onToggle, problems, invalid, children }: EditorSectionProps) {
  const titleId = `${anchor}-title`;
  return (
    <details
      id={anchor}
      className={invalid ? 'editor-item editor-item--invalid' : 'editor-item'}
      open={open}
      onToggle={(event) => onToggle(event.currentTarget.open)}
    >
      <summary id={titleId} className="editor-item__title">
        {title}
      </summary>
      <fieldset aria-labelledby={titleId} className="editor-item__fields">
        {problems.length > 0 && (
          <ul className="editor-item__problems">
            {problems.map((problem) => (
              <li key={problem} className="field__error">
                {problem}
              </li>
            ))}
          </ul>
        )}
        {children}
      </fieldset>
    </details>
  );
}
