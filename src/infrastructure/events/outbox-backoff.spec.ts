import { outboxRetryDelayMs } from './outbox-backoff';

describe('outboxRetryDelayMs', () => {
  it('doubles from one second and stops growing at five minutes', () => {
    expect([1, 2, 3, 4].map(outboxRetryDelayMs)).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(outboxRetryDelayMs(9)).toBe(256_000);
    expect(outboxRetryDelayMs(10)).toBe(300_000);
    expect(outboxRetryDelayMs(50)).toBe(300_000);
  });
});
