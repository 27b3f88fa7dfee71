import { useTranslation } from 'react-i18next';
import type { StatValue } from '@digihjaelp/contract';

/** Numbers, shares, minutes and dates in the reader's language ("12,5 %" in Danish). */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'da-DK';
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const shortMonth = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const shown = (value: StatValue, format: (n: number) => string) =>
    value === null ? '–' : value === '<3' ? '<3' : format(value);
  return {
    count: (value: StatValue) => shown(value, (n) => number.format(n)),
    share: (value: StatValue) => shown(value, (n) => percent.format(n)),
    number: (value: number) => number.format(value),
    day: (date: string) => day.format(new Date(`${date}T00:00:00Z`)),
    month: (date: string) => month.format(new Date(`${date.slice(0, 7)}-01T00:00:00Z`)),
    shortMonth: (date: string) => shortMonth.format(new Date(`${date.slice(0, 7)}-01T00:00:00Z`)),
  };
}
