import { clientTrackerOf, isUnthrottled } from './client-tracker';

describe('clientTrackerOf', () => {
  const sessionId = 'a'.repeat(64);

  it("tracks a live session by its id (the token's SHA-256), never the token itself", () => {
    const request = { ip: '10.0.0.1', headers: { authorization: 'Bearer abc' } };
    expect(clientTrackerOf(request, sessionId)).toBe(`token:${sessionId}`);
  });

  it('falls back to the IP without a live session, IPv4-mapped addresses as IPv4', () => {
    expect(clientTrackerOf({ ip: '::ffff:10.0.0.1', headers: {} }, undefined)).toBe('ip:10.0.0.1');
    const madeUp = { ip: '10.0.0.2', headers: { authorization: 'Bearer made-up-token-xyz' } };
    expect(clientTrackerOf(madeUp, undefined)).toBe('ip:10.0.0.2');
  });
});

describe('isUnthrottled', () => {
  it.each(['/health/live', '/health/ready', '/metrics', '/docs', '/docs-json', '/admin/queues'])(
    'skips %s',
    (url) => expect(isUnthrottled({ url, headers: {} })).toBe(true),
  );

  it.each(['/v1/system/heartbeats', '/v1/health/live', '/metricsx', '/healthz'])(
    'throttles %s',
    (url) => expect(isUnthrottled({ url, headers: {} })).toBe(false),
  );
});
