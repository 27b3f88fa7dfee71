/** The value axis of a bar chart: where its ticks are, and the value at the chart's far end. */
export interface ValueAxis {
  ticks: readonly number[];
  top: number;
}

/**
 * An axis for counts from 0 to at least `max`, with about `wanted` intervals of a round size
 * (1, 2 or 5 times a power of ten, never below 1: visits are whole). It ends at the first tick at
 * or above `max`, so the tallest bar ends in the top interval and never runs past the axis.
 */
export function countAxis(max: number, wanted = 4): ValueAxis {
  const rough = Math.max(1, max / wanted);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough) ?? 10 * power;
  const top = Math.max(step, Math.ceil(max / step) * step);
  return { ticks: Array.from({ length: top / step + 1 }, (_, index) => index * step), top };
}

/** Shares from 0 to 100 % in quarters, for bars that each fill the whole axis. */
export const shareAxis: ValueAxis = { ticks: [0, 0.25, 0.5, 0.75, 1], top: 1 };

/** One series' piece of a stacked bar, in axis values. */
export interface Segment {
  series: number;
  start: number;
  end: number;
}

/**
 * A bar's values stacked from 0 in series order; with `share`, as parts of the bar's total (so
 * every bar with visits ends at 1). A value of 0 gets no segment: there is nothing to draw.
 */
export function stackSegments(values: readonly number[], share = false): Segment[] {
  const total = values.reduce((sum, value) => sum + value, 0);
  const scale = share ? (total > 0 ? 1 / total : 0) : 1;
  const segments: Segment[] = [];
  let start = 0;
  values.forEach((value, series) => {
    if (value <= 0 || scale === 0) return;
    const end = start + value * scale;
    segments.push({ series, start, end });
    start = end;
  });
  return segments;
}

/**
 * How many labels fit along a time axis: on a wide chart (a year of months and the running one),
 * a half-wide one (the report's trend beside its legend) and a phone-wide one.
 */
const LABELS = { wide: 13, medium: 7, narrow: 5 } as const;

/** Which bars of a time axis get a label, as "every n-th bar" for each chart width. */
export interface LabelSteps {
  wide: number;
  medium: number;
  narrow: number;
}

/**
 * The label steps for `bars` bars. Each narrower step is a multiple of the wider one, so a narrower
 * chart shows a subset of the same labels; the first bar is always labelled.
 */
export function labelSteps(bars: number): LabelSteps {
  const multipleOf = (step: number, most: number) => step * Math.max(1, Math.ceil(Math.ceil(bars / most) / step));
  const wide = multipleOf(1, LABELS.wide);
  const medium = multipleOf(wide, LABELS.medium);
  return { wide, medium, narrow: multipleOf(medium, LABELS.narrow) };
}
