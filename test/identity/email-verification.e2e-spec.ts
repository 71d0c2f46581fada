import { createHash } from 'node:crypto';

import { DataSource } from 'typeorm';

import { bearer, PASSWORD, signUp, uniqueEmail } from '../harness/accounts';
import { testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { WorkerAppUnderTest } from '../support/worker-app-under-test';
import {
  mailsMatching,
  VERIFICATION_SUBJECT,
  verificationTokenIn,
  waitForMail,
} from './support/account-mails';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Email verification: a mailed single-use token, stored hashed, valid 24 h; resend is limited. */
describe('email verification', () => {
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

  /** Each call from an address of its own unless told: the per-IP limit is a test of its own. */
  const fromIp = (ip = `198.51.100.${++ipCounter}`) => ip;
  const request = (url: string, payload: object, ip = fromIp()) =>
    web.app.inject({ method: 'POST', url, payload, remoteAddress: ip });
  const verify = (token: string) => web.http.post('/v1/auth/verify-email').send({ token });
  const resend = (email: string, ip?: string) =>
    request('/v1/auth/verify-email/resend', { email }, ip);
  const verifiedAt = async (email: string): Promise<Date | null> =>
    (await db.query(`SELECT email_verified_at FROM identity.users WHERE email = $1`, [email]))[0]
      .email_verified_at;

  async function newAccount(label: string) {
    const email = uniqueEmail(label);
    await web.http
      .post('/v1/auth/sign-up')
      .send({ email, password: PASSWORD, workspaceName: label })
      .expect(202);
    return { email, token: verificationTokenIn(await waitForMail(email, VERIFICATION_SUBJECT)) };
  }

  it('verifies the address with the mailed token, once: a replay gets the answer of an unknown token', async () => {
    const { email, token } = await newAccount('verify');
    expect(await verifiedAt(email)).toBeNull();
    const mail = (await mailsMatching(email, VERIFICATION_SUBJECT))[0];
    expect(mail.text).toContain('/v1/auth/verify-email');
    // The token is in the body only, never in a URL.
    expect(mail.text).not.toMatch(new RegExp(`https?://\\S*${token}`));

    const verified = await verify(token);
    expect(verified.status).toBe(204);
    expect(await verifiedAt(email)).toBeInstanceOf(Date);

    const replay = await verify(token);
    const unknown = await verify('A'.repeat(43));
    expect(replay.status).toBe(400);
    expect(replay.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(replay.body.type).toBe('urn:tenfold:problem:verification-token-invalid');
    expect(replay.body.detail).toMatch(/does not exist, has expired or was already used/);
    expect({ ...replay.body, requestId: undefined }).toEqual({
      ...unknown.body,
      requestId: undefined,
    });
  });

  it('stores only the SHA-256 of the token', async () => {
    const { email, token } = await newAccount('hashed');
    const rows: { row: string; token_hash: string }[] = await db.query(
      `SELECT t::text AS row, t.token_hash FROM identity.account_tokens t
         JOIN identity.users u ON u.id = t.user_id WHERE u.email = $1`,
      [email],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).toBe(sha256(token));
    expect(rows[0].row).not.toContain(token);
    const [dump] = await db.query(
      `SELECT string_agg(t::text, ' ') AS text FROM identity.account_tokens t`,
    );
    expect(dump.text).not.toContain(token);
  });

  it('refuses an expired token with the same answer, and verifies nothing', async () => {
    const { email, token } = await newAccount('expired');
    await db.query(
      `UPDATE identity.account_tokens SET expires_at = now() - interval '1 second'
        WHERE token_hash = $1`,
      [sha256(token)],
    );
    const expired = await verify(token);
    expect(expired.status).toBe(400);
    expect(expired.body.type).toBe('urn:tenfold:problem:verification-token-invalid');
    expect(await verifiedAt(email)).toBeNull();
  });

  it('lives 24 hours', async () => {
    const { token } = await newAccount('lifetime');
    const [row] = await db.query(
      `SELECT extract(epoch FROM expires_at - created_at)::int AS seconds
         FROM identity.account_tokens WHERE token_hash = $1`,
      [sha256(token)],
    );
    expect(row.seconds).toBeGreaterThanOrEqual(24 * 3600 - 5);
    expect(row.seconds).toBeLessThanOrEqual(24 * 3600 + 5);
  });

  it('resends a new token that replaces the old; unknown and verified addresses get the same answer and no mail', async () => {
    const { email, token: first } = await newAccount('resend');
    const answer = await resend(email);
    expect(answer.statusCode).toBe(202);
    const body = answer.json();
    expect(body).toEqual({
      status: 'mail-sent',
      detail: expect.stringContaining('If the address'),
    });

    const mails = await waitFor('a second verification mail', async () => {
      const found = await mailsMatching(email, VERIFICATION_SUBJECT);
      return found.length >= 2 ? found : undefined;
    });
    const latest = verificationTokenIn(mails[0]); // newest first
    expect(latest).not.toBe(first);
    expect((await verify(first)).status).toBe(400);
    expect((await verify(latest)).status).toBe(204);

    const unknown = uniqueEmail('nobody');
    for (const address of [unknown, email]) {
      const same = await resend(address);
      expect(same.statusCode).toBe(202);
      expect(same.json()).toEqual(body);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await mailsMatching(unknown, /./)).toHaveLength(0);
    expect(await mailsMatching(email, VERIFICATION_SUBJECT)).toHaveLength(2);
  });

  it('limits resends to 3 per address per hour with 429 and Retry-After, known or not', async () => {
    for (const email of [(await newAccount('limited')).email, uniqueEmail('limited-nobody')]) {
      for (let attempt = 1; attempt <= 3; attempt++) {
        expect((await resend(email)).statusCode).toBe(202);
      }
      const limited = await resend(email);
      expect(limited.statusCode).toBe(429);
      expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(limited.json().type).toBe('urn:tenfold:problem:too-many-mail-requests');
      const retryAfter = Number(limited.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(3500);
      expect(retryAfter).toBeLessThanOrEqual(3600);
    }
  });

  it('limits one client IP to 20 mail requests per hour across addresses', async () => {
    const ip = '203.0.113.77';
    for (let attempt = 1; attempt <= 20; attempt++) {
      expect((await resend(uniqueEmail('walker'), ip)).statusCode).toBe(202);
    }
    const limited = await resend(uniqueEmail('walker'), ip);
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another client is not affected.
    expect((await resend(uniqueEmail('walker'))).statusCode).toBe(202);
  });

  it('answers 400 naming the field for malformed input', async () => {
    for (const token of ['short', `${'x'.repeat(43)}=`, 42, '']) {
      const response = await web.http.post('/v1/auth/verify-email').send({ token });
      expect([token, response.status]).toEqual([token, 400]);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(
        'token',
      );
    }
    const response = await resend('not-an-email');
    expect(response.statusCode).toBe(400);
  });

  it('lets an unverified user log in and use their own workspace', async () => {
    const user = await signUp(web.http, 'unverified-user', { verified: false });
    await web.http
      .get(`/v1/workspaces/${user.workspaceId}/members`)
      .set(bearer(user.token))
      .expect(200);
  });
});
