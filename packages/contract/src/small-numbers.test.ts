import { countForChart, protectCount, protectShare } from './small-numbers';

describe('small-number protection', () => {
  it('hides counts of 1 and 2, keeps 0 and 3 upwards', () => {
    expect([0, 1, 2, 3, 4, 250].map(protectCount)).toEqual([0, '<3', '<3', 3, 4, 250]);
  });

  it('hides a share whose total is hidden or empty', () => {
    expect(protectShare(1, 2)).toBeNull();
    expect(protectShare(0, 0)).toBeNull();
    expect(protectShare(3, 4)).toBe(0.75);
  });

  it('draws a hidden cell as 0', () => {
    expect(countForChart('<3')).toBe(0);
    expect(countForChart(7)).toBe(7);
  });
});
