import { DEFAULT_RETRY_WAITS_MS, RetrySchedule } from './retry-schedule';

describe('RetrySchedule', () => {
  it('spans about three days by default', () => {
    const total = DEFAULT_RETRY_WAITS_MS.reduce((sum, wait) => sum + wait, 0);
    expect(total / 3_600_000).toBeGreaterThan(70);
    expect(total / 3_600_000).toBeLessThan(80);
    expect(DEFAULT_RETRY_WAITS_MS[0]).toBe(5_000);
  });

  it('jitters each wait within ±10 % and ends when spent', () => {
    const low = new RetrySchedule([1000, 2000], 0.1, () => 0);
    const high = new RetrySchedule([1000, 2000], 0.1, () => 0.999999);
    expect(low.waitAfter(0)).toBe(900);
    expect(high.waitAfter(1)).toBe(2200);
    expect(low.waitAfter(2)).toBeNull();
  });
});
