import { SMALL_NUMBER_LIMIT, type KeyFigure, type StatValue } from '@digihjaelp/contract';

/**
 * The exact median of a histogram of whole minutes (the mean of the two middle visits when the
 * count is even); null without visits.
 */
export function medianOf(histogram: readonly { minutes: number; visits: number }[]): number | null {
  const sorted = [...histogram].sort((a, b) => a.minutes - b.minutes);
  const total = sorted.reduce((sum, bin) => sum + bin.visits, 0);
  if (total === 0) return null;
  const valueAt = (position: number) => {
    let seen = 0;
    for (const bin of sorted) {
      seen += bin.visits;
      if (position < seen) return bin.minutes;
    }
    throw new RangeError(`No visit at position ${position} of ${total}`);
  };
  return (valueAt(Math.floor((total - 1) / 2)) + valueAt(Math.ceil((total - 1) / 2))) / 2;
}

/** A median of one or two visits would tell their minutes: hidden like the count. */
export function protectedMedian(
  histogram: readonly { minutes: number; visits: number }[],
  visits: number,
): number | null {
  return visits < SMALL_NUMBER_LIMIT ? null : medianOf(histogram);
}

/** A key figure against the previous period; the change only when both sides are shown. */
export function compare(current: StatValue, previous: StatValue): KeyFigure {
  const change = typeof current === 'number' && typeof previous === 'number' ? current - previous : null;
  return { current, previous, change };
}
