import { ageBands, caseOutcomes, helpLevels, referralTargets, type CaseRecommendation } from '@digihjaelp/contract';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { activeOptions } from '../../queries/reference-data';
import { useLocale } from '../../i18n/use-locale';
import { ChoiceGroup } from '../../ui/choice-group';
import { SelectField } from '../../ui/select-field';
import { TextAreaField } from '../../ui/text-area-field';
import { TextField } from '../../ui/text-field';
import { deviates, helpLevelLabel, NO_LEVEL, recommendedLevelOf, type CaseDraft } from './case-draft';
import { ageBandLabel } from './case-format';
import type { CaseReferenceData } from './case-reference-data';
import { useGuideTitle } from '../guides/use-guide-titles';
import { personalDataProblem } from './personal-data-hint';

interface CaseFieldsProps {
  draft: CaseDraft;
  onChange: (changes: Partial<CaseDraft>) => void;
  reference: CaseReferenceData;
  recommended?: CaseRecommendation | null;
  /** Guides to offer as check boxes (triage's suggestions); those already chosen are always shown. */
  suggestedGuideSlugs?: readonly string[];
  minutesHint?: string;
  /** The optional details start open when correcting a case. */
  detailsOpen?: boolean;
  /** Without triage the category is not known yet: ask for it first. */
  categoryFirst?: boolean;
  /** Without a default branch the staff member must pick one: ask for it first. */
  branchFirst?: boolean;
  error?: ApiError;
}

/** The fields of a case, shared by logging and correcting: the three to confirm first, details after. */
export function CaseFields(props: CaseFieldsProps) {
  const {
    draft,
    onChange,
    reference,
    recommended,
    suggestedGuideSlugs = [],
    minutesHint,
    detailsOpen,
    categoryFirst,
    branchFirst,
    error,
  } = props;
  const { t } = useTranslation();
  const locale = useLocale();
  const guideTitle = useGuideTitle();
  const serverMessage = (...paths: string[]) => paths.map((path) => error?.fieldMessage(path)).find(Boolean);
  const recommendedLevel = recommendedLevelOf(recommended);
  const guideSlugs = [...new Set([...suggestedGuideSlugs, ...draft.guideSlugs])];
  const categoryOptions = activeOptions(reference.categories, locale, draft.categoryKey);
  const none = { value: '', label: t('cases.hint.noneSelected') };
  const branchField = (
    <SelectField
      label={t('cases.field.branchKey')}
      name="branchKey"
      required
      value={draft.branchKey}
      error={serverMessage('branchKey')}
      onChange={(event) => onChange({ branchKey: event.target.value })}
      options={[{ value: '', label: '' }, ...activeOptions(reference.branches, locale, draft.branchKey)]}
    />
  );
  const categoryFields = (
    <>
      <SelectField
        label={t('cases.field.category')}
        name="categoryKey"
        required
        value={draft.categoryKey}
        error={serverMessage('categoryKeys', 'categoryKeys.0')}
        onChange={(event) => onChange({ categoryKey: event.target.value })}
        options={[{ value: '', label: '' }, ...categoryOptions]}
      />
      <SelectField
        label={t('cases.field.secondCategory')}
        name="secondCategoryKey"
        value={draft.secondCategoryKey}
        error={serverMessage('categoryKeys.1')}
        onChange={(event) => onChange({ secondCategoryKey: event.target.value })}
        options={[none, ...categoryOptions.filter((option) => option.value !== draft.categoryKey)]}
      />
    </>
  );

  const guidesField = guideSlugs.length > 0 && (
    <fieldset className="field choice-group">
      <legend className="field__label">{t('cases.field.guideSlugs')}</legend>
      {guideSlugs.map((slug) => (
        <label key={slug} className="choice">
          <input
            type="checkbox"
            name="guideSlugs"
            value={slug}
            checked={draft.guideSlugs.includes(slug)}
            onChange={(event) =>
              onChange({
                guideSlugs: event.target.checked
                  ? [...draft.guideSlugs, slug]
                  : draft.guideSlugs.filter((used) => used !== slug),
              })
            }
          />
          <span>{guideTitle(slug)}</span>
        </label>
      ))}
    </fieldset>
  );

  return (
    <>
      {categoryFirst && categoryFields}
      {branchFirst && branchField}
      <ChoiceGroup
        legend={t('cases.field.levelGiven')}
        name="levelGiven"
        error={serverMessage('levelGiven')}
        value={draft.levelGiven}
        onChange={(levelGiven) => onChange({ levelGiven })}
        choices={[
          // A refusal can be logged without any level: it is an outcome beside the ladder.
          ...(draft.outcome === 'refused_not_permitted' ? [{ value: NO_LEVEL, label: t('cases.hint.noLevel') }] : []),
          ...helpLevels.map((level) => ({
            value: String(level),
            label: (
              <>
                {helpLevelLabel(level, locale.language)}
                {level === recommendedLevel && (
                  <strong className="case-recommended-mark"> ({t('cases.hint.recommendedLevel')})</strong>
                )}
              </>
            ),
          })),
        ]}
      />
      {deviates(draft, recommended) && (
        <TextAreaField
          label={t('cases.field.deviationReason')}
          hint={t('cases.hint.optional')}
          name="deviationReason"
          maxLength={500}
          value={draft.deviationReason}
          error={personalDataProblem(draft.deviationReason) ?? serverMessage('deviationReason')}
          onChange={(event) => onChange({ deviationReason: event.target.value })}
        />
      )}
      <ChoiceGroup
        legend={t('cases.field.outcome')}
        name="outcome"
        error={serverMessage('outcome')}
        value={draft.outcome}
        onChange={(outcome) => onChange({ outcome: outcome as CaseDraft['outcome'] })}
        choices={caseOutcomes.map((outcome) => ({ value: outcome, label: t(`cases.outcome.${outcome}`) }))}
      />
      {draft.outcome === 'referred' && (
        <SelectField
          label={t('cases.field.referralTarget')}
          name="referralTarget"
          required
          value={draft.referralTarget}
          error={serverMessage('referralTarget')}
          onChange={(event) => onChange({ referralTarget: event.target.value })}
          options={[
            { value: '', label: '' },
            ...referralTargets.map((target) => ({ value: target, label: t(`cases.referral.${target}`) })),
          ]}
        />
      )}
      <TextField
        label={t('cases.field.minutes')}
        hint={minutesHint}
        name="minutes"
        type="number"
        inputMode="numeric"
        min={1}
        max={480}
        required
        className="case-minutes"
        value={draft.minutes}
        error={serverMessage('minutes')}
        onChange={(event) => onChange({ minutes: event.target.value })}
      />
      {/* The guides suggested or opened are in sight: a case records which were used. */}
      {guidesField}
      <details
        className="case-details"
        open={
          detailsOpen ||
          Boolean(
            personalDataProblem(draft.note) ||
              serverMessage('categoryKeys', 'categoryKeys.0', 'branchKey', 'channelKey', 'note', 'ageBand'),
          )
        }
      >
        <summary>{t('cases.hint.moreDetails')}</summary>
        <div className="case-details__fields">
          {!categoryFirst && categoryFields}
          {!branchFirst && branchField}
          <SelectField
            label={t('cases.field.channelKey')}
            name="channelKey"
            value={draft.channelKey}
            error={serverMessage('channelKey')}
            onChange={(event) => onChange({ channelKey: event.target.value })}
            options={activeOptions(reference.channels, locale, draft.channelKey)}
          />
          <label className="choice">
            <input
              type="checkbox"
              name="repeatVisit"
              checked={draft.repeatVisit}
              onChange={(event) => onChange({ repeatVisit: event.target.checked })}
            />
            <span>{t('cases.field.repeatVisitLabel')}</span>
          </label>
          <SelectField
            label={t('cases.field.ageBand')}
            name="ageBand"
            value={draft.ageBand}
            error={serverMessage('ageBand')}
            onChange={(event) => onChange({ ageBand: event.target.value })}
            options={[
              { value: '', label: t('cases.hint.ageUnknown') },
              ...ageBands.map((band) => ({ value: band, label: ageBandLabel(band) })),
            ]}
          />
          <TextAreaField
            label={t('cases.field.note')}
            hint={t('cases.hint.note')}
            name="note"
            maxLength={500}
            value={draft.note}
            error={personalDataProblem(draft.note) ?? serverMessage('note')}
            onChange={(event) => onChange({ note: event.target.value })}
          />
        </div>
      </details>
    </>
  );
}

/**
 * Refuses to send free text that looks like personal data, the way the server would (422), so
 * the form shows the same message without a round trip.
 */
export function assertDraftHasNoPersonalData(draft: CaseDraft): void {
  const problems = (['note', 'deviationReason'] as const).flatMap((path) => {
    const message = personalDataProblem(draft[path]);
    return message ? [{ path, message }] : [];
  });
  const [first] = problems;
  if (first) throw new ApiError('personal_data', 422, first.message, problems);
}
