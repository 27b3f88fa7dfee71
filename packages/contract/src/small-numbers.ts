/**
 * Small-number protection: a cell counting 1 or 2 visits in a narrow slice (one branch × one
 * hour, one staff member × one category …) could point to a citizen, so it is shown as "<3".
 * Zero reveals no one and stays 0.
 */
export const SMALL_NUMBER_LIMIT = 3;
export const suppressedCount = '<3' as const;

/** A count as figures show it: the number, or "<3" in its place. */
export type ProtectedCount = number | typeof suppressedCount;

export function protectCount(count: number): ProtectedCount {
  return count > 0 && count < SMALL_NUMBER_LIMIT ? suppressedCount : count;
}

/** A share (0–1) of a protected total: hidden along with a small total, since it would reveal it. */
export function protectShare(part: number, total: number): number | null {
  if (total === 0 || total < SMALL_NUMBER_LIMIT) return null;
  return part / total;
}

/** For charts: a suppressed cell is drawn as 0 (its table shows "<3"). */
export function countForChart(count: ProtectedCount): number {
  return count === suppressedCount ? 0 : count;
}
