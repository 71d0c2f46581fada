import { clientTrackerOf, isUnthrottled, sha256 } from './client-tracker';

describe('clientTrackerOf', () => {
  it('tracks a bearer token by its SHA-256, never the token itself', () => {
    const tracker = clientTrackerOf({ ip: '10.0.0.1', headers: { authorization: 'Bearer abc' } });
    expect(tracker).toBe(`token:${sha256('abc')}`);
  });

  it('falls back to the IP without a bearer token, IPv4-mapped addresses as IPv4', () => {
    expect(clientTrackerOf({ ip: '::ffff:10.0.0.1', headers: {} })).toBe('ip:10.0.0.1');
    const basic = { ip: '10.0.0.2', headers: { authorization: 'Basic dTpw' } };
    expect(clientTrackerOf(basic)).toBe('ip:10.0.0.2');
    expect(clientTrackerOf({ ip: '10.0.0.3', headers: { authorization: 'Bearer ' } })).toBe(
      'ip:10.0.0.3',
    );
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
