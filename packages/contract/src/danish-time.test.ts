import { DANISH_TIME_ZONE, danishToday, danishWallClockToDate } from './danish-time';

describe('danishWallClockToDate', () => {
  it('is one hour ahead of UTC in winter and two in summer', () => {
    expect(danishWallClockToDate('2026-01-15', 10, 15).toISOString()).toBe('2026-01-15T09:15:00.000Z');
    expect(danishWallClockToDate('2026-07-01', 10, 15).toISOString()).toBe('2026-07-01T08:15:00.000Z');
  });

  it('follows the spring switch (29 March 2026, 02:00 → 03:00): before, in the skipped hour, after', () => {
    expect(danishWallClockToDate('2026-03-29', 1, 30).toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(danishWallClockToDate('2026-03-29', 2, 30).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(danishWallClockToDate('2026-03-29', 3, 30).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(danishWallClockToDate('2026-03-29', 10, 0).toISOString()).toBe('2026-03-29T08:00:00.000Z');
    expect(danishWallClockToDate('2026-03-28', 10, 0).toISOString()).toBe('2026-03-28T09:00:00.000Z');
  });

  it('follows the autumn switch (25 October 2026, 03:00 → 02:00): before, in the repeated hour, after', () => {
    expect(danishWallClockToDate('2026-10-25', 0, 30).toISOString()).toBe('2026-10-24T22:30:00.000Z');
    expect(danishWallClockToDate('2026-10-25', 2, 30).toISOString()).toBe('2026-10-25T01:30:00.000Z');
    expect(danishWallClockToDate('2026-10-25', 10, 0).toISOString()).toBe('2026-10-25T09:00:00.000Z');
    expect(danishWallClockToDate('2026-10-24', 10, 0).toISOString()).toBe('2026-10-24T08:00:00.000Z');
  });

  it('gives back the wall-clock time it was asked for, every hour of a year', () => {
    const local = new Intl.DateTimeFormat('sv-SE', {
      timeZone: DANISH_TIME_ZONE,
      dateStyle: 'short',
      timeStyle: 'short',
    });
    const wrong: string[] = [];
    for (let day = Date.UTC(2026, 0, 1); day < Date.UTC(2027, 0, 1); day += 86_400_000) {
      const date = new Date(day).toISOString().slice(0, 10);
      for (const hour of [0, 4, 10, 17, 23]) {
        const expected = `${date} ${String(hour).padStart(2, '0')}:45`;
        const got = local.format(danishWallClockToDate(date, hour, 45));
        if (got !== expected) wrong.push(`${expected} → ${got}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('refuses what is not a day', () => {
    expect(() => danishWallClockToDate('2026-13-01', 10)).toThrow(RangeError);
  });
});

describe('danishToday', () => {
  it('is the Danish date, one or two hours ahead of UTC around midnight', () => {
    expect(danishToday(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(danishToday(new Date('2026-12-31T22:30:00Z'))).toBe('2026-12-31');
    expect(danishToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });
});
