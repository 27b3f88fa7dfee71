import { type Figure, figure, meets, mergeFigures, recordJson, round, summaryTable } from './figures';

describe('a target', () => {
  it('compares the value or the ratio with its limit', () => {
    expect(meets('value < 15', 14.9, null)).toBe(true);
    expect(meets('value < 15', 15, null)).toBe(false);
    expect(meets('value <= 15', 15, null)).toBe(true);
    expect(meets('ratio >= 0.65', 1, 0.65)).toBe(true);
    expect(meets('ratio >= 0.65', 1, 0.64)).toBe(false);
    expect(meets('ratio > 1', 0, 1.01)).toBe(true);
  });

  it('is never met by a ratio that could not be computed', () => {
    expect(meets('ratio <= 1.2', 5, null)).toBe(false);
    expect(meets('ratio <= 1.2', 5, Number.NaN)).toBe(false);
  });

  it('must be written in the one form the record uses', () => {
    expect(() => meets('p95 < 15', 1, null)).toThrow(/not of the form/);
    expect(() => meets('value ≤ 15', 1, null)).toThrow(/not of the form/);
  });
});

describe('a figure', () => {
  it('carries its baseline, their ratio and the verdict', () => {
    expect(
      figure({
        name: 'floor: me',
        value: 1000,
        unit: 'req/s',
        baseline: 2500,
        target: 'ratio >= 0.65',
        loadAverage: 1.234,
      }),
    ).toEqual({
      name: 'floor: me',
      value: 1000,
      unit: 'req/s',
      baseline: 2500,
      ratio: 0.4,
      target: 'ratio >= 0.65',
      met: false,
      loadAverage: 1.23,
    });
  });

  it('has no ratio without a baseline and no verdict without a target', () => {
    const f = figure({ name: 'x: y', value: 3, unit: 'ms', loadAverage: 0 });
    expect(f).toMatchObject({ baseline: null, ratio: null, target: null, met: null });
  });

  it('keeps three significant figures, but is judged on the number measured', () => {
    const f = figure({ name: 'x: y', value: 14.996, unit: 'ms', target: 'value < 15', loadAverage: 0 });
    expect(f.value).toBe(15);
    expect(f.met).toBe(true);
    expect(round(0.0123456)).toBe(0.0123);
    expect(round(123456)).toBe(123000);
  });
});

describe('the record after a run', () => {
  const f = (name: string, value: number): Figure => figure({ name, value, unit: 'ms', loadAverage: 1 });

  it('replaces the figures of the groups that ran and keeps the others, in group order', () => {
    const previous = [f('floor: a', 1), f('search: b', 2), f('search: c', 3), f('bundle: d', 4)];
    const merged = mergeFigures(previous, [f('search: b', 20)], ['floor', 'search', 'bundle']);
    expect(merged.map((x) => [x.name, x.value])).toEqual([
      ['floor: a', 1],
      ['search: b', 20],
      ['bundle: d', 4],
    ]);
  });

  it('puts the figures of a group that is no longer listed last', () => {
    const merged = mergeFigures([f('gone: x', 1)], [f('floor: a', 2)], ['floor']);
    expect(merged.map((x) => x.name)).toEqual(['floor: a', 'gone: x']);
  });
});

describe('latest.json', () => {
  it('holds the figures as they are, one per line', () => {
    const figures = [
      figure({ name: 'a: x', value: 1, unit: 'ms', baseline: 2, target: 'ratio < 1', loadAverage: 1 }),
      figure({ name: 'b: y', value: 3, unit: 'kB', loadAverage: 2 }),
    ];
    const text = recordJson(figures);
    expect(JSON.parse(text)).toEqual(figures);
    expect(text.split('\n')).toHaveLength(2 + figures.length + 1);
  });
});

describe('the summary table', () => {
  it('shows each figure with its unit, baseline, ratio and verdict', () => {
    const table = summaryTable([
      figure({
        name: 'cases: write',
        value: 205,
        unit: 'req/s',
        baseline: 462,
        target: 'ratio >= 0.8',
        loadAverage: 8.4,
      }),
      figure({ name: 'bundle: size', value: 174, unit: 'kB', loadAverage: 2 }),
    ]).split('\n');
    expect(table[0]).toBe('| figure | value | baseline | ratio | target | met | load avg |');
    expect(table[2]).toBe('| cases: write | 205 req/s | 462 | 0.444 | ratio >= 0.8 | MISSED | 8.4 |');
    expect(table[3]).toBe('| bundle: size | 174 kB | — | — |  |  | 2 |');
  });
});
