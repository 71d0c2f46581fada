import { Webhook } from 'standardwebhooks';

import { newSigningSecret } from './signing-secret';
import { signedHeaders } from './webhook-signature';

describe('Standard Webhooks signatures', () => {
  const body = JSON.stringify({ id: 'e1', type: 'projects.task.completed.v1', data: { n: 1 } });
  const now = () => Math.floor(Date.now() / 1000);

  it('verify with the standardwebhooks reference library', () => {
    const secret = newSigningSecret();
    const headers = signedHeaders('msg_1', now(), body, [secret]);
    expect(new Webhook(secret).verify(body, { ...headers })).toEqual(JSON.parse(body));
  });

  it('fail to verify with another secret, another body or another id', () => {
    const secret = newSigningSecret();
    const headers = signedHeaders('msg_1', now(), body, [secret]);
    expect(() => new Webhook(newSigningSecret()).verify(body, { ...headers })).toThrow();
    expect(() => new Webhook(secret).verify(`${body} `, { ...headers })).toThrow();
    expect(() => new Webhook(secret).verify(body, { ...headers, 'webhook-id': 'msg_2' })).toThrow();
  });

  it('carry one signature per secret during a rotation, each verifying', () => {
    const [current, previous] = [newSigningSecret(), newSigningSecret()];
    const headers = signedHeaders('msg_1', now(), body, [current, previous]);
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(headers['webhook-signature']).toMatch(/^v1,\S+ v1,\S+$/);
    expect(() => new Webhook(current).verify(body, { ...headers })).not.toThrow();
    expect(() => new Webhook(previous).verify(body, { ...headers })).not.toThrow();
  });

  it('secrets are whsec_ and at least 24 random bytes', () => {
    const secret = newSigningSecret();
    expect(secret).toMatch(/^whsec_/);
    expect(Buffer.from(secret.slice(6), 'base64').length).toBeGreaterThanOrEqual(24);
    expect(newSigningSecret()).not.toBe(secret);
  });
});
