import type { NodemailerError } from 'nodemailer';

import { OutboundFailure } from '../resilience/outbound-failure';
import { smtpFailureOf } from './smtp-failure';
import { smtpTimeoutsOf } from './smtp-transport';

const failure = (fields: Partial<NodemailerError>): NodemailerError =>
  Object.assign(new Error(fields.message ?? 'failed'), fields) as NodemailerError;

describe('smtpFailureOf', () => {
  const running = new AbortController().signal;

  it.each([
    ['refused', { code: 'ECONNECTION', message: 'connect ECONNREFUSED 127.0.0.1:25' }, 'network'],
    ['reset', { code: 'ESOCKET', message: 'read ECONNRESET' }, 'network'],
    ['a silent server', { code: 'ETIMEDOUT', timeoutType: 'GREETING_TIMEOUT' as const }, 'timeout'],
    ['a refused login', { code: 'EAUTH', message: 'Invalid login' }, 'network'],
  ])('counts %s against the breaker', (_, fields, kind) => {
    const error = smtpFailureOf(failure(fields), running);
    expect(error).toBeInstanceOf(OutboundFailure);
    expect(error).toMatchObject({ kind, dependency: 'smtp' });
  });

  it('counts a 421 (service unavailable) without quoting the reply, which may name the recipient', () => {
    const error = smtpFailureOf(
      failure({ code: 'EENVELOPE', responseCode: 421, message: '421 bob@example.test later' }),
      running,
    );
    expect(error).toMatchObject({ kind: 'status', details: { status: 421 } });
    expect(error.message).not.toContain('bob@');
  });

  it('counts anything cut by the deadline as a timeout', () => {
    const error = smtpFailureOf(failure({ code: 'EABORT' }), AbortSignal.abort());
    expect(error).toMatchObject({ kind: 'timeout' });
  });

  it.each([
    ['an unknown recipient', { code: 'EENVELOPE', responseCode: 550, permanent: true }],
    ['a busy mailbox', { code: 'EENVELOPE', responseCode: 450 }],
    ['a refused body', { code: 'EMESSAGE', responseCode: 554, permanent: true }],
    ['a bug', { message: 'x is not a function' }],
  ])('returns %s as it is: the relay works, the breaker stays closed', (_, fields) => {
    const original = failure(fields);
    expect(smtpFailureOf(original, running)).toBe(original);
  });
});

describe('smtpTimeoutsOf', () => {
  it('fits DNS, connect and greeting together, and a stalled socket, inside the send timeout', () => {
    const settings = { timeoutMs: 15_000, retries: 0, failureThreshold: 5, resetMs: 30_000 };
    const timeouts = smtpTimeoutsOf(settings);
    expect(timeouts.dnsTimeout + timeouts.connectionTimeout + timeouts.greetingTimeout).toBe(
      15_000,
    );
    expect(timeouts.socketTimeout).toBe(15_000);
  });
});
