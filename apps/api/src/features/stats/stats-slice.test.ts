import { SqlParams, sliceWhere, splitRange } from './stats-slice';

describe('splitting a range into whole months and edge days', () => {
  it('reads a whole year from month rows only', () => {
    expect(splitRange({ from: '2026-01-01', to: '2026-12-31' })).toEqual({
      months: { from: '2026-01-01', to: '2026-12-01' },
      days: [],
    });
  });

  it('reads ragged ends from day rows', () => {
    expect(splitRange({ from: '2025-11-27', to: '2026-11-26' })).toEqual({
      months: { from: '2025-12-01', to: '2026-10-01' },
      days: [
        { from: '2025-11-27', to: '2025-11-30' },
        { from: '2026-11-01', to: '2026-11-26' },
      ],
    });
  });

  it('reads a range without a whole month from day rows', () => {
    expect(splitRange({ from: '2026-02-10', to: '2026-03-20' })).toEqual({
      days: [{ from: '2026-02-10', to: '2026-03-20' }],
    });
    expect(splitRange({ from: '2026-11-23', to: '2026-11-26' })).toEqual({
      days: [{ from: '2026-11-23', to: '2026-11-26' }],
    });
  });

  it('takes February whole in a leap year', () => {
    expect(splitRange({ from: '2024-02-01', to: '2024-02-29' })).toEqual({
      months: { from: '2024-02-01', to: '2024-02-01' },
      days: [],
    });
  });
});

describe('selecting a slice', () => {
  it('reads the all-staff, all-category rows unless filtered', () => {
    const params = new SqlParams();
    const where = sliceWhere({ range: { from: '2026-11-01', to: '2026-11-26' } }, params);
    expect(where).toBe(
      `staff_id IS NULL AND category_key IS NULL AND ((grain = 'd' AND (period BETWEEN $1::date AND $2::date)))`,
    );
    expect(params.values).toEqual(['2026-11-01', '2026-11-26']);
  });

  it('reads one staff member and category, branch and channel', () => {
    const params = new SqlParams();
    const where = sliceWhere(
      {
        range: { from: '2026-01-01', to: '2026-01-31' },
        staffId: 'id',
        categoryKey: 'tax',
        branchKey: 'b',
        channelKey: 'c',
      },
      params,
    );
    expect(where).toBe(
      `staff_id = $3::uuid AND category_key = $4 AND ((grain = 'm' AND period BETWEEN $1::date AND $2::date)) AND branch_key = $5 AND channel_key = $6`,
    );
  });
});
