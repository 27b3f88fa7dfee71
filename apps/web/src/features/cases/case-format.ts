import { helpLevelNames, type Case, type CaseRecommendation, type HelpLevel } from '@digihjaelp/contract';
import { useTranslation } from 'react-i18next';
import { useNameOf, type CaseReferenceData } from './case-reference-data';

/** Shows a case's values (and the audit trail's old → new) in words, in the interface language. */
export function useCaseFormat(reference: CaseReferenceData | undefined) {
  const { t, i18n } = useTranslation();
  const nameOf = useNameOf();
  const english = i18n.language === 'en';
  const locale = english ? 'en-GB' : 'da-DK';
  const dateTime = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Copenhagen',
  });
  const shortDateTime = new Intl.DateTimeFormat(locale, {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Copenhagen',
  });
  const level = (value: HelpLevel) => `${value} · ${english ? helpLevelNames[value].en : helpLevelNames[value].da}`;
  const category = (key: string) => (reference ? nameOf(reference.categories, key) : key);

  const value = (field: string, raw: unknown): string => {
    if (raw === null || raw === undefined || raw === '' || (Array.isArray(raw) && raw.length === 0))
      return t('cases.audit.empty');
    switch (field) {
      case 'levelGiven':
        return level(raw as HelpLevel);
      case 'outcome':
        return t(`cases.outcome.${raw as Case['outcome']}`);
      case 'referralTarget':
        return t(`cases.referral.${raw as NonNullable<Case['referralTarget']>}`);
      case 'categoryKeys':
        return (raw as string[]).map(category).join(', ');
      case 'branchKey':
        return reference ? nameOf(reference.branches, raw as string) : String(raw);
      case 'channelKey':
        return reference ? nameOf(reference.channels, raw as string) : String(raw);
      case 'repeatVisit':
        return raw ? t('cases.yes') : t('cases.no');
      case 'guideSlugs':
        return (raw as string[]).join(', ');
      case 'createdAt':
        return dateTime.format(new Date(raw as string));
      default:
        return String(raw);
    }
  };

  const recommendation = (recommended: CaseRecommendation) => {
    if ('level' in recommended)
      return t('cases.recommendedLevel', {
        level: recommended.level,
        name: english ? helpLevelNames[recommended.level].en : helpLevelNames[recommended.level].da,
      });
    if ('referral' in recommended)
      return t('cases.recommendedReferral', { target: t(`cases.referral.${recommended.referral}`) });
    return t('cases.recommendedNotPermitted');
  };

  return {
    value,
    recommendation,
    category,
    when: (iso: string) => dateTime.format(new Date(iso)),
    shortWhen: (iso: string) => shortDateTime.format(new Date(iso)),
    number: (n: number) => n.toLocaleString(locale),
  };
}
