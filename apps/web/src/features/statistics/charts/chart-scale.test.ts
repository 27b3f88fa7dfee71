import { countAxis, labelSteps, shareAxis, stackSegments } from './chart-scale';

describe('the count axis', () => {
  it.each([1, 3, 7, 12, 99, 100, 101, 487, 1234, 9_999, 48_210])(
    'ends at the first round tick at or above the tallest bar (%d visits)',
    (max) => {
      const { ticks, top } = countAxis(max);
      const step = (ticks[1] ?? 0) - (ticks[0] ?? 0);
      expect(ticks.at(-1)).toBe(top);
      expect(top).toBeGreaterThanOrEqual(max);
      expect(top - step).toBeLessThan(max);
    },
  );

  it('has round, evenly spaced whole-number ticks from 0', () => {
    for (const max of [1, 4, 13, 250, 1234, 77_777]) {
      const { ticks } = countAxis(max);
      const step = (ticks[1] ?? 0) - (ticks[0] ?? 0);
      expect(ticks[0]).toBe(0);
      expect(Number.isInteger(step)).toBe(true);
      // 1, 2 or 5 times a power of ten: numbers a reader can add up in their head.
      expect([1, 2, 5]).toContain(step / 10 ** Math.floor(Math.log10(step)));
      expect(ticks).toEqual(ticks.map((_, index) => index * step));
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      expect(ticks.length).toBeLessThanOrEqual(8);
    }
  });

  it('reads 0–1 for a period with a single visit, and never shows fractions of a visit', () => {
    expect(countAxis(1).ticks).toEqual([0, 1]);
    expect(countAxis(3).ticks).toEqual([0, 1, 2, 3]);
    expect(countAxis(1234).ticks).toEqual([0, 500, 1000, 1500]);
  });

  it('still draws an axis when nothing was counted', () => {
    expect(countAxis(0)).toEqual({ ticks: [0, 1], top: 1 });
  });
});

describe('stacked segments', () => {
  it('stacks levels from 0 in order, each as long as its count', () => {
    expect(stackSegments([3, 0, 5])).toEqual([
      { series: 0, start: 0, end: 3 },
      { series: 2, start: 3, end: 8 },
    ]);
  });

  it('draws no bar for a month without visits', () => {
    expect(stackSegments([0, 0, 0, 0, 0])).toEqual([]);
    expect(stackSegments([0, 0, 0, 0, 0], true)).toEqual([]);
  });

  it('as shares, every month with visits fills the axis to 100 %', () => {
    const segments = stackSegments([1, 2, 1], true);
    expect(segments.at(-1)?.end).toBeCloseTo(shareAxis.top);
    expect(segments.map((segment) => segment.end - segment.start)).toEqual([0.25, 0.5, 0.25]);
  });
});

describe('time-axis labels', () => {
  it('labels every month of a year and the running one, and every third day of a month', () => {
    expect(labelSteps(13).wide).toBe(1);
    expect(labelSteps(31).wide).toBe(3);
  });

  it('keeps narrower charts to fewer labels, each a subset of the wider ones', () => {
    for (const bars of [1, 5, 12, 13, 30, 31, 53, 366]) {
      const { wide, medium, narrow } = labelSteps(bars);
      expect(Math.ceil(bars / wide)).toBeLessThanOrEqual(13);
      expect(Math.ceil(bars / medium)).toBeLessThanOrEqual(7);
      expect(Math.ceil(bars / narrow)).toBeLessThanOrEqual(5);
      expect(medium % wide).toBe(0);
      expect(narrow % medium).toBe(0);
    }
  });
});
