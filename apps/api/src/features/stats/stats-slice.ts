import { addDays, addMonths, startOfMonth, type DateRange } from '@digihjaelp/contract';

/**
 * A range read from the rollups: whole months from the month rows, the days at either edge from
 * the day rows — a year is ~12 month rows per slice instead of 365 day rows.
 */
export interface RangeParts {
  /** First days of the whole months in the range, as a range of month starts. */
  months?: DateRange;
  days: DateRange[];
}

export function splitRange({ from, to }: DateRange): RangeParts {
  const firstWholeMonth = from === startOfMonth(from) ? from : addMonths(startOfMonth(from), 1);
  const afterLastWholeMonth = addDays(to, 1) === startOfMonth(addDays(to, 1)) ? addDays(to, 1) : startOfMonth(to);
  if (firstWholeMonth >= afterLastWholeMonth) return { days: [{ from, to }] };
  const days: DateRange[] = [];
  if (from < firstWholeMonth) days.push({ from, to: addDays(firstWholeMonth, -1) });
  if (afterLastWholeMonth <= to) days.push({ from: afterLastWholeMonth, to });
  return { months: { from: firstWholeMonth, to: addMonths(afterLastWholeMonth, -1) }, days };
}

/** Collects positional parameters for one SQL statement. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** The filters of a dashboard request, resolved to a range and checked against the lists. */
export interface StatsSlice {
  range: DateRange;
  branchKey?: string;
  channelKey?: string;
  categoryKey?: string;
  staffId?: string;
}

export type Grain = 'mixed' | 'days';

/**
 * The WHERE clause selecting a slice's rollup rows: the range (whole months and edge days, or
 * days only when a query needs weekdays or weeks), the one staff row or the all-staff row, the one
 * category row or the all-categories row (or every category's own rows, `perCategory`).
 */
export function sliceWhere(
  slice: StatsSlice,
  params: SqlParams,
  options: { grain?: Grain; perCategory?: boolean; alias?: string } = {},
): string {
  const a = options.alias ? `${options.alias}.` : '';
  const between = (range: DateRange) =>
    `${a}period BETWEEN ${params.add(range.from)}::date AND ${params.add(range.to)}::date`;
  const parts = options.grain === 'days' ? { days: [slice.range] } : splitRange(slice.range);
  const periods = [
    ...(parts.months ? [`(${a}grain = 'm' AND ${between(parts.months)})`] : []),
    ...(parts.days.length > 0 ? [`(${a}grain = 'd' AND (${parts.days.map(between).join(' OR ')}))`] : []),
  ];
  const conditions = [
    slice.staffId ? `${a}staff_id = ${params.add(slice.staffId)}::uuid` : `${a}staff_id IS NULL`,
    slice.categoryKey
      ? `${a}category_key = ${params.add(slice.categoryKey)}`
      : options.perCategory
        ? `${a}category_key IS NOT NULL`
        : `${a}category_key IS NULL`,
    `(${periods.join(' OR ')})`,
  ];
  if (slice.branchKey) conditions.push(`${a}branch_key = ${params.add(slice.branchKey)}`);
  if (slice.channelKey) conditions.push(`${a}channel_key = ${params.add(slice.channelKey)}`);
  return conditions.join(' AND ');
}
