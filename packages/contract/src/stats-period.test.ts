import {
  addMonths,
  bucketFor,
  bucketStarts,
  daysInRange,
  isPartialBucket,
  isPartialRange,
  presetRange,
  previousRange,
  rangeTooLong,
} from './stats-period';
import { danishToday } from './danish-time';

// Thursday 26 November 2026
const today = '2026-11-26';

describe('presets run from their start up to today', () => {
  it.each([
    ['this-week', '2026-11-23'],
    ['this-month', '2026-11-01'],
    ['this-quarter', '2026-10-01'],
    ['this-year', '2026-01-01'],
    ['last-12-months', '2025-11-27'],
  ] as const)('%s starts %s', (preset, from) => {
    expect(presetRange(preset, today)).toEqual({ from, to: today });
  });

  it('the last month is the whole calendar month before today’s, also on the first day of a month', () => {
    expect(presetRange('last-month', today)).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(presetRange('last-month', '2026-12-01')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(presetRange('last-month', '2027-01-01')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('a week that starts on Sunday belongs to the Monday before', () => {
    expect(presetRange('this-week', '2026-11-29')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
  });

  it('the first quarter starts in January', () => {
    expect(presetRange('this-quarter', '2026-03-31').from).toBe('2026-01-01');
  });
});

describe('the previous period', () => {
  it('steps a calendar preset back one unit, keeping the elapsed days', () => {
    expect(previousRange(presetRange('this-month', today), 'this-month')).toEqual({
      from: '2026-10-01',
      to: '2026-10-26',
    });
    expect(previousRange(presetRange('this-quarter', today), 'this-quarter')).toEqual({
      from: '2026-07-01',
      to: '2026-08-26',
    });
    expect(previousRange(presetRange('this-year', today), 'this-year')).toEqual({
      from: '2025-01-01',
      to: '2025-11-26',
    });
    expect(previousRange(presetRange('this-week', today), 'this-week')).toEqual({
      from: '2026-11-16',
      to: '2026-11-19',
    });
    expect(previousRange(presetRange('last-12-months', today), 'last-12-months')).toEqual({
      from: '2024-11-27',
      to: '2025-11-26',
    });
  });

  it('compares the last month with the whole month before it, however long each is', () => {
    expect(previousRange(presetRange('last-month', '2026-12-01'), 'last-month')).toEqual({
      from: '2026-10-01',
      to: '2026-10-31',
    });
    expect(previousRange(presetRange('last-month', '2026-03-15'), 'last-month')).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
    });
  });

  it('clamps to the shorter month (31 March → 28 February)', () => {
    expect(previousRange({ from: '2026-03-01', to: '2026-03-31' }, 'this-month')).toEqual({
      from: '2026-02-01',
      to: '2026-02-28',
    });
  });

  it('steps whole months back by months, so a month compares with the month before', () => {
    expect(previousRange({ from: '2026-04-01', to: '2026-04-30' })).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(previousRange({ from: '2026-01-01', to: '2026-03-31' })).toEqual({ from: '2025-10-01', to: '2025-12-31' });
  });

  it('puts an equally long range just before a custom range', () => {
    expect(previousRange({ from: '2026-03-10', to: '2026-03-19' })).toEqual({ from: '2026-02-28', to: '2026-03-09' });
  });
});

describe('range arithmetic', () => {
  it('counts both ends', () => {
    expect(daysInRange({ from: '2026-01-01', to: '2026-01-01' })).toBe(1);
    expect(daysInRange({ from: '2024-01-01', to: '2024-12-31' })).toBe(366);
  });

  it('adds months across year ends and leap days', () => {
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });

  it('refuses ranges over five years', () => {
    expect(rangeTooLong({ from: '2021-01-01', to: '2025-12-31' })).toBe(false);
    expect(rangeTooLong({ from: '2021-01-01', to: '2026-01-01' })).toBe(true);
  });

  it('knows today in Denmark, not in UTC', () => {
    expect(danishToday(new Date('2026-11-26T23:30:00Z'))).toBe('2026-11-27');
    expect(danishToday(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
  });
});

describe('time buckets suit the range', () => {
  it('uses days, weeks or months', () => {
    expect(bucketFor({ from: '2026-11-01', to: '2026-11-30' })).toBe('day');
    expect(bucketFor({ from: '2026-07-01', to: '2026-09-30' })).toBe('week');
    expect(bucketFor({ from: '2025-11-27', to: '2026-11-26' })).toBe('month');
  });

  it('lists every bucket, weeks from Monday', () => {
    expect(bucketStarts({ from: '2026-11-25', to: '2026-12-08' }, 'week')).toEqual([
      '2026-11-23',
      '2026-11-30',
      '2026-12-07',
    ]);
    expect(bucketStarts({ from: '2026-10-15', to: '2026-12-01' }, 'month')).toEqual([
      '2026-10-01',
      '2026-11-01',
      '2026-12-01',
    ]);
  });
});

describe('partial periods', () => {
  it('a range is partial while its last day has not ended', () => {
    expect(isPartialRange({ from: '2026-12-01', to: '2026-12-01' }, '2026-12-01')).toBe(true);
    expect(isPartialRange(presetRange('last-month', '2026-12-01'), '2026-12-01')).toBe(false);
  });

  it('marks the running month and a month the range cuts as partial, whole months not', () => {
    const range = presetRange('last-12-months', '2026-12-01'); // 2 Dec 2025 – 1 Dec 2026
    expect(isPartialBucket('2025-12-01', 'month', range, '2026-12-01')).toBe(true);
    expect(isPartialBucket('2026-11-01', 'month', range, '2026-12-01')).toBe(false);
    expect(isPartialBucket('2026-12-01', 'month', range, '2026-12-01')).toBe(true);
  });

  it('today is partial as a day, yesterday is whole', () => {
    const range = { from: '2026-11-01', to: '2026-12-01' };
    expect(isPartialBucket('2026-12-01', 'day', range, '2026-12-01')).toBe(true);
    expect(isPartialBucket('2026-11-30', 'day', range, '2026-12-01')).toBe(false);
    expect(isPartialBucket('2026-11-30', 'week', range, '2026-12-01')).toBe(true);
  });
});
