import { createHash } from 'node:crypto';

import { DataSource } from 'typeorm';

import {
  bearer,
  logIn,
  PASSWORD,
  signUp,
  uniqueEmail,
  type SignedInUser,
} from '../harness/accounts';
import { mailsTo } from '../support/smtp-sink';
import { testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { WorkerAppUnderTest } from '../support/worker-app-under-test';
import {
  mailsMatching,
  PASSWORD_RESET_SUBJECT,
  passwordResetTokenIn,
} from './support/account-mails';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const NEW_PASSWORD = 'copper-heron-57-field';

/** Password reset by mail: same answer for any address, single-use 1 h token, every session ends. */
describe('password reset', () => {
  let web: WebAppUnderTest;
  let worker: WorkerAppUnderTest;
  let db: DataSource;
  let ipCounter = 0;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(testConfig());
    worker = await WorkerAppUnderTest.start(testConfig({ WORKER_QUEUES: 'email' }));
    db = web.app.get(DataSource);
  });
  afterAll(async () => {
    await worker?.close();
    await web?.close();
  });

  const requestReset = (email: string, ip = `198.51.100.${++ipCounter}`) =>
    web.app.inject({
      method: 'POST',
      url: '/v1/auth/password-reset',
      payload: { email },
      remoteAddress: ip,
    });
  const complete = (token: string, newPassword = NEW_PASSWORD) =>
    web.http.post('/v1/auth/password-reset/complete').send({ token, newPassword });
  const loginStatus = async (email: string, password: string) =>
    (await web.http.post('/v1/auth/login').send({ email, password })).status;

  /** Asks for a reset and answers the token of the newest reset mail (after `earlier` of them). */
  async function resetToken(email: string, earlier = 0): Promise<string> {
    expect((await requestReset(email)).statusCode).toBe(202);
    const mails = await waitFor(`reset mail ${earlier + 1} to ${email}`, async () => {
      const found = await mailsMatching(email, PASSWORD_RESET_SUBJECT);
      return found.length > earlier ? found : undefined;
    });
    return passwordResetTokenIn(mails[0]);
  }

  it('answers an unknown address exactly as a known one, and mails only the known one', async () => {
    const user = await signUp(web.http, 'known');
    const nobody = uniqueEmail('nobody');
    const known = await requestReset(user.email);
    const unknown = await requestReset(nobody);
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(unknown.json()).toEqual(known.json());
    expect(known.json()).toEqual({
      status: 'mail-sent',
      detail: 'If the address belongs to an account, we sent it a mail to reset the password.',
    });
    const [mail] = await waitFor('the reset mail', async () => {
      const found = await mailsMatching(user.email, PASSWORD_RESET_SUBJECT);
      return found.length ? found : undefined;
    });
    expect(mail.text).toContain('/v1/auth/password-reset/complete');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await mailsTo(nobody)).toHaveLength(0);
  });

  it('sets the new password, ends every earlier session, and works once', async () => {
    const user = await signUp(web.http, 'reset');
    const otherSession = await logIn(web.http, user.email);
    for (const token of [user.token, otherSession]) {
      await web.http.get('/v1/me').set(bearer(token)).expect(200);
    }
    const token = await resetToken(user.email);

    // A weak password is refused and the token stays usable.
    const weak = await complete(token, 'short');
    expect(weak.status).toBe(400);
    expect(weak.body.type).toBe('urn:tenfold:problem:password-too-weak');
    expect(await loginStatus(user.email, PASSWORD)).toBe(200);

    const done = await complete(token);
    expect(done.status).toBe(204);
    for (const earlier of [user.token, otherSession]) {
      const me = await web.http.get('/v1/me').set(bearer(earlier));
      expect(me.status).toBe(401);
    }
    expect(await loginStatus(user.email, PASSWORD)).toBe(401);
    const fresh = await logIn(web.http, user.email, NEW_PASSWORD);
    await web.http.get('/v1/me').set(bearer(fresh)).expect(200);

    const replay = await complete(token, 'another-strong-password-58');
    const unknown = await complete('A'.repeat(43), 'another-strong-password-58');
    expect(replay.status).toBe(400);
    expect(replay.body.type).toBe('urn:tenfold:problem:password-reset-token-invalid');
    expect({ ...replay.body, requestId: undefined }).toEqual({
      ...unknown.body,
      requestId: undefined,
    });
    expect(await loginStatus(user.email, NEW_PASSWORD)).toBe(200);
    // The replay ended no session either.
    await web.http.get('/v1/me').set(bearer(fresh)).expect(200);
  });

  it('refuses an expired token, keeps the password, and stores only the SHA-256 (1 h)', async () => {
    const user = await signUp(web.http, 'expired-reset');
    const token = await resetToken(user.email);
    const rows: { row: string; seconds: number }[] = await db.query(
      `SELECT t::text AS row, extract(epoch FROM expires_at - created_at)::int AS seconds
         FROM identity.account_tokens t WHERE token_hash = $1 AND purpose = 'reset-password'`,
      [sha256(token)],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].row).not.toContain(token);
    expect(Math.abs(rows[0].seconds - 3600)).toBeLessThanOrEqual(5);

    await db.query(
      `UPDATE identity.account_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = $1`,
      [sha256(token)],
    );
    const expired = await complete(token);
    expect(expired.status).toBe(400);
    expect(expired.body.type).toBe('urn:tenfold:problem:password-reset-token-invalid');
    expect(await loginStatus(user.email, PASSWORD)).toBe(200);
    await web.http.get('/v1/me').set(bearer(user.token)).expect(200);
  });

  it('only the newest reset token works', async () => {
    const user = await signUp(web.http, 'newest');
    const first = await resetToken(user.email);
    const second = await resetToken(user.email, 1);
    expect(second).not.toBe(first);
    expect((await complete(first)).status).toBe(400);
    expect((await complete(second)).status).toBe(204);
  });

  it('verifies the address: the mail proved it', async () => {
    const user: SignedInUser = await signUp(web.http, 'unverified-reset', { verified: false });
    const verifiedAt = async () =>
      (await db.query(`SELECT email_verified_at FROM identity.users WHERE id = $1`, [user.id]))[0]
        .email_verified_at;
    expect(await verifiedAt()).toBeNull();
    expect((await complete(await resetToken(user.email))).status).toBe(204);
    expect(await verifiedAt()).toBeInstanceOf(Date);
  });

  it('limits requests per address (3 an hour) and per client IP with 429 and Retry-After', async () => {
    const user = await signUp(web.http, 'limited-reset');
    for (const email of [user.email, uniqueEmail('limited-nobody')]) {
      for (let attempt = 1; attempt <= 3; attempt++) {
        expect((await requestReset(email)).statusCode).toBe(202);
      }
      const limited = await requestReset(email);
      expect(limited.statusCode).toBe(429);
      expect(limited.json().type).toBe('urn:tenfold:problem:too-many-mail-requests');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(3500);
    }

    const ip = '203.0.113.88';
    for (let attempt = 1; attempt <= 20; attempt++) {
      expect((await requestReset(uniqueEmail('walker'), ip)).statusCode).toBe(202);
    }
    const limited = await requestReset(uniqueEmail('walker'), ip);
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });
});
