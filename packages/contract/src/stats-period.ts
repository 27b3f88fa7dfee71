/**
 * Statistics periods as Danish calendar days ('YYYY-MM-DD', both ends inclusive). Pure, so the
 * API and the web app agree on what "this month" and "the previous period" mean.
 */

export const periodPresets = [
  'last-month',
  'this-week',
  'this-month',
  'this-quarter',
  'this-year',
  'last-12-months',
] as const;
export type PeriodPreset = (typeof periodPresets)[number];

/**
 * What the dashboard shows first: the last complete calendar month, compared with the one before.
 * A lead reports month by month (the monthly report, the year's goals), and a month that has only
 * begun would compare a few days with a whole month's worth of habit.
 */
export const DEFAULT_PERIOD: PeriodPreset = 'last-month';

export interface DateRange {
  from: string;
  to: string;
}

/** The longest range the statistics accept. */
export const MAX_RANGE_YEARS = 5;

const DAY_MS = 86_400_000;

function toDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function toDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return toDay(new Date(toDate(day).getTime() + days * DAY_MS));
}

/** Same day of month `months` later; clamped to the month's last day (31 Mar − 1 month = 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const date = toDate(day);
  const firstOfTarget = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDayOfTarget = new Date(
    Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0),
  ).getUTCDate();
  firstOfTarget.setUTCDate(Math.min(date.getUTCDate(), lastDayOfTarget));
  return toDay(firstOfTarget);
}

/** Days in the range, both ends counted. */
export function daysInRange(range: DateRange): number {
  return Math.round((toDate(range.to).getTime() - toDate(range.from).getTime()) / DAY_MS) + 1;
}

/** Monday = 1 … Sunday = 7 (ISO, as Danish calendars count). */
export function isoWeekday(day: string): number {
  return ((toDate(day).getUTCDay() + 6) % 7) + 1;
}

export function startOfMonth(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

function startOfPreset(preset: PeriodPreset, today: string): string {
  const month = Number(today.slice(5, 7));
  switch (preset) {
    case 'last-month':
      return addMonths(startOfMonth(today), -1);
    case 'this-week':
      return addDays(today, 1 - isoWeekday(today));
    case 'this-month':
      return startOfMonth(today);
    case 'this-quarter':
      return `${today.slice(0, 4)}-${String(month - ((month - 1) % 3)).padStart(2, '0')}-01`;
    case 'this-year':
      return `${today.slice(0, 4)}-01-01`;
    case 'last-12-months':
      return addDays(addMonths(today, -12), 1);
  }
}

/**
 * The last month runs to the end of the month before today's; every other preset from its start up
 * to and including today, so it compares fairly with the previous one.
 */
export function presetRange(preset: PeriodPreset, today: string): DateRange {
  const to = preset === 'last-month' ? addDays(startOfMonth(today), -1) : today;
  return { from: startOfPreset(preset, today), to };
}

/** Whether a range reaches today or beyond: its last day is not over, so its figures will still grow. */
export function isPartialRange(range: DateRange, today: string): boolean {
  return range.to >= today;
}

// The last month is whole months, so it steps back by the rule for those (October has 31 days).
const presetLengthInMonths: Record<PeriodPreset, number | undefined> = {
  'last-month': undefined,
  'this-week': undefined,
  'this-month': 1,
  'this-quarter': 3,
  'this-year': 12,
  'last-12-months': 12,
};

/** Whole calendar months (1 Oct – 31 Dec is 3), or undefined for a range with ragged ends. */
function wholeMonths(range: DateRange): number | undefined {
  const after = addDays(range.to, 1);
  if (range.from !== startOfMonth(range.from) || after !== startOfMonth(after)) return undefined;
  return (
    (Number(after.slice(0, 4)) - Number(range.from.slice(0, 4))) * 12 +
    Number(after.slice(5, 7)) -
    Number(range.from.slice(5, 7))
  );
}

/**
 * The period to compare with. Calendar presets step back one unit and keep the elapsed days
 * (1–26 Nov is compared with 1–26 Oct); a week steps back 7 days; a custom range of whole
 * months steps back as many months (October with September, for the monthly report); any other
 * custom range is compared with the equally long range just before it.
 */
export function previousRange(range: DateRange, preset?: PeriodPreset): DateRange {
  if (preset === 'this-week') return { from: addDays(range.from, -7), to: addDays(range.to, -7) };
  const presetMonths = preset && presetLengthInMonths[preset];
  if (presetMonths) return { from: addMonths(range.from, -presetMonths), to: addMonths(range.to, -presetMonths) };
  const months = wholeMonths(range);
  if (months) return { from: addMonths(range.from, -months), to: addDays(range.from, -1) };
  const length = daysInRange(range);
  return { from: addDays(range.from, -length), to: addDays(range.from, -1) };
}

export type TimeBucket = 'day' | 'week' | 'month';

/** Days for up to two months, weeks up to half a year, months beyond. */
export function bucketFor(range: DateRange): TimeBucket {
  const days = daysInRange(range);
  if (days <= 62) return 'day';
  if (days <= 190) return 'week';
  return 'month';
}

/** The first day of the bucket a day falls in (weeks start on Monday). */
export function bucketStart(day: string, bucket: TimeBucket): string {
  if (bucket === 'day') return day;
  if (bucket === 'week') return addDays(day, 1 - isoWeekday(day));
  return startOfMonth(day);
}

/** The last day of the bucket that starts on `start`. */
export function bucketEnd(start: string, bucket: TimeBucket): string {
  if (bucket === 'day') return start;
  if (bucket === 'week') return addDays(start, 6);
  return addDays(addMonths(startOfMonth(start), 1), -1);
}

/**
 * Whether a bucket is a whole one: all its days inside the range and over by today. A trend
 * compares whole buckets only; a cut-off first bucket or a running last one is marked partial.
 */
export function isPartialBucket(start: string, bucket: TimeBucket, range: DateRange, today: string): boolean {
  const end = bucketEnd(start, bucket);
  return start < range.from || end > range.to || end >= today;
}

/** Every bucket start from the range's first to its last day, so empty buckets show as 0. */
export function bucketStarts(range: DateRange, bucket: TimeBucket): string[] {
  const starts: string[] = [];
  for (let start = bucketStart(range.from, bucket); start <= range.to; ) {
    starts.push(start);
    start = bucket === 'day' ? addDays(start, 1) : bucket === 'week' ? addDays(start, 7) : addMonths(start, 1);
  }
  return starts;
}

/** Whether `to` is more than MAX_RANGE_YEARS after `from`. */
export function rangeTooLong(range: DateRange): boolean {
  return range.to >= addMonths(range.from, 12 * MAX_RANGE_YEARS);
}
