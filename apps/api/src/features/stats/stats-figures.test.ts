import { compare, medianOf, protectedMedian } from './stats-figures';

describe('median minutes from a histogram', () => {
  it('takes the middle visit of an odd count', () => {
    expect(
      medianOf([
        { minutes: 30, visits: 1 },
        { minutes: 5, visits: 2 },
        { minutes: 10, visits: 2 },
      ]),
    ).toBe(10);
  });

  it('takes the mean of the two middle visits of an even count', () => {
    expect(
      medianOf([
        { minutes: 10, visits: 2 },
        { minutes: 20, visits: 2 },
      ]),
    ).toBe(15);
  });

  it('is null without visits, and hidden for one or two visits', () => {
    expect(medianOf([])).toBeNull();
    expect(protectedMedian([{ minutes: 10, visits: 2 }], 2)).toBeNull();
    expect(protectedMedian([{ minutes: 10, visits: 3 }], 3)).toBe(10);
  });
});

describe('comparing with the previous period', () => {
  it('gives the change when both sides are shown', () => {
    expect(compare(12, 9, 15)).toEqual({ current: 12, previous: 9, change: 3, lastYear: 15, changeFromLastYear: -3 });
    expect(compare('<3', 9, 4)).toEqual({
      current: '<3',
      previous: 9,
      change: null,
      lastYear: 4,
      changeFromLastYear: null,
    });
    expect(compare(0.5, null, '<3')).toEqual({
      current: 0.5,
      previous: null,
      change: null,
      lastYear: '<3',
      changeFromLastYear: null,
    });
  });
});
