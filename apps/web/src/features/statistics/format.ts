import type { StatValue } from '@digihjaelp/contract';
import { useLocale } from '../../i18n/use-locale';

/** Figures in the reader's language ("12,5 %" in Danish); protected small counts stay "<3", missing ones "–". */
export function useFormat() {
  const locale = useLocale();
  const shown = (value: StatValue, format: (n: number) => string) =>
    value === null ? '–' : value === '<3' ? '<3' : format(value);
  return {
    count: (value: StatValue) => shown(value, locale.number),
    share: (value: StatValue) => shown(value, locale.percent),
    number: locale.number,
    day: locale.date,
    month: locale.month,
    shortMonth: locale.shortMonth,
  };
}
