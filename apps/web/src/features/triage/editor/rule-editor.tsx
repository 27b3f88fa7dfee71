import { useTranslation } from 'react-i18next';
import {
  helpLevelNames,
  helpLevels,
  legalNoteKeys,
  referralTargets,
  type FlowQuestion,
  type FlowRule,
  type RuleOutcome,
} from '@digihjaelp/contract';
import { legalNotes, referralContacts } from '@digihjaelp/triage';
import { Button } from '../../../ui/button';
import { SelectField } from '../../../ui/select-field';
import { TextField } from '../../../ui/text-field';
import type { GuideChoice } from '../../guides/use-published-guides';
import { OptionalCondition } from './condition-editor';
import { EditorSection, useItemProblems } from './editor-section';
import { flowItemAnchor, type FlowProblem } from './flow-problems';
import { GuidePicker } from './guide-picker';
import { ItemControls } from './item-controls';
import { CheckboxGroup, LinesField } from './list-fields';

type OutcomeKind = 'note' | 'level' | 'referral' | 'notPermitted';

function outcomeKind(outcome: RuleOutcome | undefined): OutcomeKind {
  if (!outcome) return 'note';
  if ('level' in outcome) return 'level';
  return 'referral' in outcome ? 'referral' : 'notPermitted';
}

function blankOutcome(kind: OutcomeKind): RuleOutcome | undefined {
  switch (kind) {
    case 'note':
      return undefined;
    case 'level':
      return { level: 2 };
    case 'referral':
      return { referral: 'other-authority' };
    case 'notPermitted':
      return { notPermitted: { alternatives: [{ level: 3, text: '' }] } };
  }
}

interface RuleEditorProps {
  rule: FlowRule;
  index: number;
  count: number;
  questions: FlowQuestion[];
  /** The published guides a rule may link. */
  guides: readonly GuideChoice[];
  onChange: (rule: FlowRule) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
  problems: readonly FlowProblem[];
  open: boolean;
  onToggle: (open: boolean) => void;
}

export function RuleEditor({
  rule,
  index,
  count,
  questions,
  guides,
  onChange,
  onMove,
  onRemove,
  problems,
  open,
  onToggle,
}: RuleEditorProps) {
  const { t } = useTranslation();
  const { errorFor, others } = useItemProblems(problems, ['id', 'reason']);
  const levelOptions = helpLevels.map((level) => ({
    value: String(level),
    label: `${level}: ${helpLevelNames[level].da}`,
  }));
  const kind = outcomeKind(rule.outcome);
  const alternatives = rule.outcome && 'notPermitted' in rule.outcome ? rule.outcome.notPermitted.alternatives : [];
  const setAlternatives = (next: typeof alternatives) =>
    onChange({ ...rule, outcome: { notPermitted: { alternatives: next } } });

  return (
    <EditorSection
      anchor={flowItemAnchor('rules', index)}
      title={t('flowEditor.ruleLegend', { number: index + 1, id: rule.id })}
      open={open}
      onToggle={onToggle}
      problems={others}
      invalid={problems.length > 0}
    >
      <TextField
        label={t('flowEditor.id')}
        hint={t('flowEditor.idHint')}
        error={errorFor('id')}
        value={rule.id}
        onChange={(event) => onChange({ ...rule, id: event.target.value })}
      />
      <OptionalCondition
        label={t('flowEditor.when')}
        condition={rule.when}
        questions={questions}
        onChange={(when) => onChange({ ...rule, when })}
      />
      <SelectField
        label={t('flowEditor.outcome')}
        hint={t('flowEditor.outcomeHint')}
        options={(['note', 'level', 'referral', 'notPermitted'] as const).map((value) => ({
          value,
          label: t(`flowEditor.outcomes.${value}`),
        }))}
        value={kind}
        onChange={(event) => onChange({ ...rule, outcome: blankOutcome(event.target.value as OutcomeKind) })}
      />
      {rule.outcome && 'level' in rule.outcome && (
        <SelectField
          label={t('flowEditor.level')}
          options={levelOptions}
          value={String(rule.outcome.level)}
          onChange={(event) => onChange({ ...rule, outcome: { level: Number(event.target.value) } })}
        />
      )}
      {rule.outcome && 'referral' in rule.outcome && (
        <SelectField
          label={t('flowEditor.referralTarget')}
          options={referralTargets.map((target) => ({ value: target, label: referralContacts[target].name }))}
          value={rule.outcome.referral}
          onChange={(event) =>
            onChange({ ...rule, outcome: { referral: event.target.value as (typeof referralTargets)[number] } })
          }
        />
      )}
      {kind === 'notPermitted' && (
        <div className="editor-options">
          {alternatives.map((alternative, altIndex) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: edits replace the item, so only its place is stable (an object key would remount the fields on each keystroke); the fields are controlled
            <div key={altIndex} className="editor-option">
              <SelectField
                label={t('flowEditor.alternativeLevel', { number: altIndex + 1 })}
                options={levelOptions}
                value={String(alternative.level)}
                onChange={(event) =>
                  setAlternatives(
                    alternatives.map((a, i) => (i === altIndex ? { ...a, level: Number(event.target.value) } : a)),
                  )
                }
              />
              <TextField
                label={t('flowEditor.alternativeText', { number: altIndex + 1 })}
                value={alternative.text}
                onChange={(event) =>
                  setAlternatives(alternatives.map((a, i) => (i === altIndex ? { ...a, text: event.target.value } : a)))
                }
              />
              <Button
                variant="secondary"
                onClick={() => setAlternatives(alternatives.filter((_, i) => i !== altIndex))}
              >
                {t('flowEditor.removeOption')}
              </Button>
            </div>
          ))}
          <Button variant="secondary" onClick={() => setAlternatives([...alternatives, { level: 3, text: '' }])}>
            {t('flowEditor.addAlternative')}
          </Button>
        </div>
      )}
      <TextField
        label={t('flowEditor.reason')}
        error={errorFor('reason')}
        value={rule.reason}
        onChange={(event) => onChange({ ...rule, reason: event.target.value })}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={rule.urgent === true}
          onChange={(event) => onChange({ ...rule, urgent: event.target.checked || undefined })}
        />{' '}
        {t('flowEditor.urgent')}
      </label>
      <LinesField
        label={t('flowEditor.mustNot')}
        hint={t('flowEditor.linesHint')}
        value={rule.mustNot}
        onChange={(mustNot) => onChange({ ...rule, mustNot })}
      />
      <LinesField
        label={t('flowEditor.nextTime')}
        hint={t('flowEditor.linesHint')}
        value={rule.nextTime}
        onChange={(nextTime) => onChange({ ...rule, nextTime })}
      />
      <details className="editor-details">
        <summary>{t('flowEditor.notesGuidesReferrals')}</summary>
        <CheckboxGroup
          legend={t('flowEditor.legalNotes')}
          options={legalNoteKeys.map((key) => ({ value: key, label: legalNotes[key].title }))}
          value={rule.legalNotes}
          onChange={(chosen) => onChange({ ...rule, legalNotes: chosen })}
        />
        <GuidePicker
          guides={guides}
          value={rule.guideSlugs}
          onChange={(chosen) => onChange({ ...rule, guideSlugs: chosen })}
        />
        <CheckboxGroup
          legend={t('flowEditor.referrals')}
          options={referralTargets.map((target) => ({ value: target, label: referralContacts[target].name }))}
          value={rule.referrals}
          onChange={(chosen) => onChange({ ...rule, referrals: chosen })}
        />
      </details>
      <ItemControls index={index} count={count} onMove={onMove} onRemove={onRemove} />
    </EditorSection>
  );
}
