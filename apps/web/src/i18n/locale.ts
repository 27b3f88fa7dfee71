import { DANISH_TIME_ZONE } from '@digihjaelp/contract';

export const languages = ['da', 'en'] as const;
export type Language = (typeof languages)[number];

/** Each language is named in itself, so a reader finds their own language. */
export const languageNames: Record<Language, string> = { da: 'Dansk', en: 'English' };

export function isLanguage(value: unknown): value is Language {
  return languages.some((language) => language === value);
}

/** Danish as written in Denmark; English as in Britain (day before month, a 24-hour clock). */
const localeTags = { da: 'da-DK', en: 'en-GB' } as const satisfies Record<Language, string>;

/** Reference data (categories, branches, channels …) carries both names. */
export interface Named {
  nameDa: string;
  nameEn: string;
}

/** The interface language and everything that follows from it: names, numbers, dates and times. */
export interface Locale {
  language: Language;
  /** BCP 47 tag for `lang` attributes and `Intl`. */
  tag: (typeof localeTags)[Language];
  /** A name in this language: `{ nameDa, nameEn }`. */
  name(item: Named): string;
  /** The name of the entry with `key`; an unknown key is shown as it is. */
  nameOf(items: readonly (Named & { key: string })[], key: string): string;
  /** This language's text of a `{ da, en }` pair (help levels, outcomes, goal measures …). */
  pick<T>(texts: Readonly<Record<Language, T>>): T;
  /** A number with at most one decimal: "1.234,5" in Danish. */
  number(value: number): string;
  /** A share (0–1) as per cent: "12,5 %" in Danish. */
  percent(share: number): string;
  /** A calendar date ("2027-05-31") as people write it: "31. maj 2027", "31 May 2027". */
  date(day: string): string;
  /** The month of a calendar date ("2027-05-31" or "2027-05"): "maj 2027". */
  month(day: string): string;
  /** The month, short: "maj 27". */
  shortMonth(day: string): string;
  /** A moment in Danish time, whatever the browser's zone: "31. maj 2027, 14.05". */
  dateTime(moment: string | Date): string;
  /** A moment in Danish time, in figures: "31.05.2027, 14.05". */
  shortDateTime(moment: string | Date): string;
  /** The clock time of a moment in Danish time: "14.05". */
  time(moment: string | Date): string;
}

/** A calendar date is formatted at midnight UTC in UTC, so no zone can move it to another day. */
const calendarDay = (day: string) => new Date(`${day.slice(0, 10)}T00:00:00Z`);
/** A month's first day; takes "2027-05" as well as any day of the month. */
const monthOf = (day: string) => calendarDay(`${day.slice(0, 7)}-01`);
const moment = (value: string | Date) => (typeof value === 'string' ? new Date(value) : value);

/**
 * A formatter built at its first use: the first `Intl.DateTimeFormat` makes the browser load its
 * locale data (tens of milliseconds on a slow phone), and a first screen formats few dates.
 */
function lazily<T>(create: () => T): () => T {
  let made: T | undefined;
  return () => {
    made ??= create();
    return made;
  };
}

function createLocale(language: Language): Locale {
  const tag = localeTags[language];
  const dates = (options: Intl.DateTimeFormatOptions) => lazily(() => new Intl.DateTimeFormat(tag, options));
  const number = lazily(() => new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }));
  const percent = lazily(() => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 }));
  const date = dates({ dateStyle: 'medium', timeZone: 'UTC' });
  const month = dates({ month: 'long', year: 'numeric', timeZone: 'UTC' });
  const shortMonth = dates({ month: 'short', year: '2-digit', timeZone: 'UTC' });
  const dateTime = dates({ dateStyle: 'medium', timeStyle: 'short', timeZone: DANISH_TIME_ZONE });
  const shortDateTime = dates({ dateStyle: 'short', timeStyle: 'short', timeZone: DANISH_TIME_ZONE });
  const time = dates({ hour: '2-digit', minute: '2-digit', timeZone: DANISH_TIME_ZONE });
  const name = (item: Named) => (language === 'en' ? item.nameEn : item.nameDa);
  return {
    language,
    tag,
    name,
    nameOf: (items, key) => {
      const item = items.find((candidate) => candidate.key === key);
      return item ? name(item) : key;
    },
    pick: (texts) => texts[language],
    number: (value) => number().format(value),
    percent: (share) => percent().format(share),
    date: (day) => date().format(calendarDay(day)),
    month: (day) => month().format(monthOf(day)),
    shortMonth: (day) => shortMonth().format(monthOf(day)),
    dateTime: (value) => dateTime().format(moment(value)),
    shortDateTime: (value) => shortDateTime().format(moment(value)),
    time: (value) => time().format(moment(value)),
  };
}

const locales = new Map<Language, Locale>();

/** The locale of a language; anything else (e.g. "en-US" before i18next resolves it) falls back to Danish. */
export function localeFor(language: string): Locale {
  const known: Language = isLanguage(language) ? language : 'da';
  const cached = locales.get(known);
  if (cached) return cached;
  const created = createLocale(known);
  locales.set(known, created);
  return created;
}
