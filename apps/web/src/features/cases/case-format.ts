import { helpLevelNames, type Case, type CaseRecommendation, type HelpLevel } from '@digihjaelp/contract';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-locale';
import { useGuideTitle } from '../guides/use-guide-titles';
import { helpLevelLabel } from './case-draft';
import type { CaseReferenceData } from './case-reference-data';

/** An age band as written in Danish and English alike, with an en dash: "15–24" (the key is "15-24"). */
export function ageBandLabel(band: string): string {
  return band.replace('-', '–');
}

/** Shows a case's values (and the audit trail's old → new) in words, in the interface language. */
export function useCaseFormat(reference: CaseReferenceData | undefined) {
  const { t } = useTranslation();
  const locale = useLocale();
  const guideTitle = useGuideTitle();
  const category = (key: string) => (reference ? locale.nameOf(reference.categories, key) : key);

  const value = (field: string, raw: unknown): string => {
    if (raw === null || raw === undefined || raw === '' || (Array.isArray(raw) && raw.length === 0))
      return t('cases.audit.empty');
    switch (field) {
      case 'levelGiven':
        return helpLevelLabel(raw as HelpLevel, locale.language);
      case 'outcome':
        return t(`cases.outcome.${raw as Case['outcome']}`);
      case 'referralTarget':
        return t(`cases.referral.${raw as NonNullable<Case['referralTarget']>}`);
      case 'categoryKeys':
        return (raw as string[]).map(category).join(', ');
      case 'branchKey':
        return reference ? locale.nameOf(reference.branches, raw as string) : String(raw);
      case 'channelKey':
        return reference ? locale.nameOf(reference.channels, raw as string) : String(raw);
      case 'repeatVisit':
        return raw ? t('cases.yes') : t('cases.no');
      case 'guideSlugs':
        return (raw as string[]).map(guideTitle).join(', ');
      case 'createdAt':
        return locale.dateTime(raw as string);
      case 'ageBand':
        return ageBandLabel(raw as string);
      default:
        return String(raw);
    }
  };

  const recommendation = (recommended: CaseRecommendation) => {
    if ('level' in recommended)
      return t('cases.recommendedLevel', {
        level: recommended.level,
        name: locale.pick(helpLevelNames[recommended.level]),
      });
    if ('referral' in recommended)
      return t('cases.recommendedReferral', { target: t(`cases.referral.${recommended.referral}`) });
    return t('cases.recommendedNotPermitted');
  };

  return {
    value,
    recommendation,
    category,
    when: locale.dateTime,
    shortWhen: locale.shortDateTime,
    number: locale.number,
  };
}
