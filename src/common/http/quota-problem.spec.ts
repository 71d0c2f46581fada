import { QuotaExceeded } from '../errors/quota-exceeded';
import { toProblem } from './problem-details.mapper';

describe('quota problems', () => {
  it('a count-like quota is a 409 naming the limit and the current value, without Retry-After', () => {
    const { body, headers } = toProblem(
      new QuotaExceeded('things-limit', 3, 3, 'This workspace has 3 things.'),
      'req-1',
    );
    expect(body).toEqual({
      type: 'urn:tenfold:problem:things-limit',
      title: 'Conflict',
      status: 409,
      detail: 'This workspace has 3 things.',
      requestId: 'req-1',
      limit: 3,
      current: 3,
    });
    expect(headers).toEqual({});
  });

  it('a rate-like quota is a 429 with Retry-After in whole seconds, at least 1', () => {
    const later = toProblem(new QuotaExceeded('per-day-limit', 5, 5, 'Too many.', 3600.2), 'r');
    expect(later.body).toMatchObject({ status: 429, title: 'Too Many Requests', limit: 5 });
    expect(later.body.retryAfterSeconds).toBe(3601);
    expect(later.headers).toEqual({ 'Retry-After': '3601' });
    const now = toProblem(new QuotaExceeded('per-day-limit', 5, 5, 'Too many.', 0.01), 'r');
    expect(now.headers).toEqual({ 'Retry-After': '1' });
  });
});
