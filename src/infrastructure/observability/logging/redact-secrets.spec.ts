import { stdSerializers } from 'pino';

import { requestLogSerializers } from './request-log-fields';
import { redactSecrets } from './redact-secrets';

describe('redactSecrets', () => {
  it('blanks credentials at any depth of an error, and keeps the rest', () => {
    const error = Object.assign(new Error('upstream refused'), {
      token: 'tkn-1',
      request: { headers: { Accept: 'json', authorization: 'Bearer abc', cookie: 'sid=1' } },
      config: { auth: [{ password: 'hunter2', user: 'ops' }], webhookUrl: 'https://hooks/x' },
    });
    const logged = JSON.stringify(requestLogSerializers.err(error));
    for (const secret of ['tkn-1', 'Bearer abc', 'sid=1', 'hunter2', 'https://hooks/x']) {
      expect(logged).not.toContain(secret);
    }
    expect(JSON.parse(logged)).toMatchObject({
      message: 'upstream refused',
      request: { headers: { Accept: 'json', authorization: '[redacted]' } },
      config: { auth: [{ user: 'ops', password: '[redacted]' }] },
    });
  });

  it('survives cycles and depth', () => {
    const looped: Record<string, unknown> = { name: 'a' };
    looped.self = looped;
    expect(redactSecrets(looped)).toEqual({ name: 'a', self: '[…]' });
    expect(redactSecrets('plain')).toBe('plain');
    expect(stdSerializers.err).toBeDefined();
  });
});

describe('request line fields', () => {
  it('carry no header at all', () => {
    const request = {
      id: 'r1',
      method: 'GET',
      url: '/v1/x',
      headers: { authorization: 'Bearer abc' },
      socket: { remoteAddress: '127.0.0.1' },
    };
    const line = requestLogSerializers.req(request as never);
    expect(line).toEqual({ id: 'r1', method: 'GET', url: '/v1/x', remoteAddress: '127.0.0.1' });
  });
});
