import { csvUrl, queryFromSearchParams, toSearchParams } from './stats-query';

it('reads the filters from the address, this month when no period is named', () => {
  expect(queryFromSearchParams(new URLSearchParams())).toEqual({ period: 'last-month' });
  expect(queryFromSearchParams(new URLSearchParams('period=last-12-months&branchKey=nord'))).toEqual({
    period: 'last-12-months',
    branchKey: 'nord',
  });
  // A custom range needs no period; the server decides whether the dates make sense.
  expect(queryFromSearchParams(new URLSearchParams('from=2026-01-01&to=2026-01-31'))).toEqual({
    from: '2026-01-01',
    to: '2026-01-31',
  });
});

it('ignores what is not a filter, and empty values', () => {
  expect(queryFromSearchParams(new URLSearchParams('period=this-year&month=2026-01&staffId='))).toEqual({
    period: 'this-year',
  });
});

it('writes the filters back in a fixed order, so one view has one address', () => {
  const params = toSearchParams({ staffId: 'abc', period: 'custom', to: '2026-02-28', from: '2026-02-01' });
  expect(params.toString()).toBe('period=custom&from=2026-02-01&to=2026-02-28&staffId=abc');
  expect(queryFromSearchParams(params)).toEqual({
    period: 'custom',
    from: '2026-02-01',
    to: '2026-02-28',
    staffId: 'abc',
  });
});

it('downloads a table as CSV with the same filters the page shows', () => {
  expect(csvUrl('visits-over-time', { period: 'last-12-months' })).toBe(
    '/api/stats/export/visits-over-time?period=last-12-months',
  );
  expect(csvUrl('cases', { period: 'this-month', categoryKey: 'digital-post' })).toBe(
    '/api/stats/export/cases?period=this-month&categoryKey=digital-post',
  );
});
