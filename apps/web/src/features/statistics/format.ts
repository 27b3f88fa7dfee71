import type { StatValue } from '@digihjaelp/contract';
import { useLocale } from '../../i18n/use-locale';

const shortDays = new Map<string, Intl.DateTimeFormat>();

/** "1. dec." / "1 Dec": a day on a chart's time axis, where the year is in the heading. */
function shortDayIn(tag: string) {
  let format = shortDays.get(tag);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    shortDays.set(tag, format);
  }
  return format;
}

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
    shortDay: (day: string) => shortDayIn(locale.tag).format(new Date(`${day.slice(0, 10)}T00:00:00Z`)),
    month: locale.month,
    shortMonth: locale.shortMonth,
  };
}
