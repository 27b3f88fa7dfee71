import type { FlowDefinition } from '@digihjaelp/contract';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/button';
import { flowItemAnchor } from './flow-problems';

/** Opens a question's or rule's section, scrolls to it and moves focus there (a field, or its title). */
export function revealFlowItem(anchor: string, focus: 'title' | 'invalidField' = 'title') {
  const section = document.getElementById(anchor);
  if (!(section instanceof HTMLDetailsElement)) return;
  section.open = true;
  const target =
    (focus === 'invalidField' ? section.querySelector<HTMLElement>('[aria-invalid="true"]') : null) ??
    section.querySelector<HTMLElement>('summary');
  target?.focus();
  target?.scrollIntoView({ block: 'center' });
}

interface FlowOutlineProps {
  draft: FlowDefinition;
  /** Anchors of the sections with a problem of the last check. */
  invalid: ReadonlySet<string>;
  onExpandAll: (open: boolean) => void;
}

/** The flow at a glance: every question and rule, each a jump link to its section in the form. */
export function FlowOutline({ draft, invalid, onExpandAll }: FlowOutlineProps) {
  const { t } = useTranslation();
  const entry = (anchor: string, label: string) => (
    <li key={anchor} className={invalid.has(anchor) ? 'flow-outline__entry--invalid' : undefined}>
      <a
        href={`#${anchor}`}
        onClick={(event) => {
          event.preventDefault();
          revealFlowItem(anchor);
        }}
      >
        {label}
      </a>
    </li>
  );
  return (
    <nav className="flow-outline" aria-labelledby="flow-outline-title">
      <h3 id="flow-outline-title">{t('flowEditor.outline.title')}</h3>
      <div className="flow-outline__actions">
        <Button variant="secondary" onClick={() => onExpandAll(true)}>
          {t('flowEditor.outline.expandAll')}
        </Button>
        <Button variant="secondary" onClick={() => onExpandAll(false)}>
          {t('flowEditor.outline.collapseAll')}
        </Button>
      </div>
      <h4>{t('flowEditor.questionsTitle')}</h4>
      <ol>
        {draft.questions.map((question, index) =>
          entry(
            flowItemAnchor('questions', index),
            `${t('flowEditor.problem.question', { number: index + 1 })}: ${question.text || t('flowEditor.outline.untitled')}`,
          ),
        )}
      </ol>
      <h4>{t('flowEditor.rulesTitle')}</h4>
      <ol>
        {draft.rules.map((rule, index) =>
          entry(
            flowItemAnchor('rules', index),
            `${t('flowEditor.problem.rule', { number: index + 1 })}: ${rule.reason || rule.id}`,
          ),
        )}
      </ol>
    </nav>
  );
}
