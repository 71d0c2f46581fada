import { DataSource } from 'typeorm';

import { PASSWORD, uniqueEmail } from '../harness/accounts';
import { mailsTo } from '../support/smtp-sink';
import { testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { WorkerAppUnderTest } from '../support/worker-app-under-test';
import {
  mailsMatching,
  SIGN_UP_ATTEMPT_SUBJECT,
  VERIFICATION_SUBJECT,
  waitForMail,
} from './support/account-mails';

/**
 * Sign-up must not tell anyone whether an address has an account: a taken address gets the very
 * same answer as a free one, nothing is created, and the owner (not the caller) learns by mail.
 */
describe('sign-up does not reveal registered addresses', () => {
  let web: WebAppUnderTest;
  let worker: WorkerAppUnderTest;
  let db: DataSource;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(testConfig());
    worker = await WorkerAppUnderTest.start(testConfig({ WORKER_QUEUES: 'email' }));
    db = web.app.get(DataSource);
  });
  afterAll(async () => {
    await worker?.close();
    await web?.close();
  });

  const signUp = (email: string, password: string, workspaceName = 'Mine') =>
    web.http.post('/v1/auth/sign-up').send({ email, password, workspaceName });
  const counts = async () =>
    (
      await db.query(`SELECT
        (SELECT count(*)::int FROM identity.users) AS users,
        (SELECT count(*)::int FROM identity.workspaces) AS workspaces,
        (SELECT count(*)::int FROM identity.memberships) AS memberships,
        (SELECT count(*)::int FROM identity.account_tokens) AS tokens,
        (SELECT count(*)::int FROM messaging.outbox) AS events`)
    )[0];

  it('answers a taken address exactly as a free one, creates nothing, and mails the owner a notice', async () => {
    const email = uniqueEmail('owner');
    const first = await signUp(email, PASSWORD, 'Owner’s');
    expect(first.status).toBe(202);
    expect(first.body).toEqual({
      status: 'verification-sent',
      detail: expect.stringContaining('If the address can be used for a new account'),
    });
    // No session: sign-up signs nobody in.
    expect(JSON.stringify(first.body)).not.toMatch(/token|session|memberships/i);
    expect(first.headers['set-cookie']).toBeUndefined();
    const [user] = await db.query(
      `SELECT id, email_verified_at, is_platform_admin FROM identity.users WHERE email = $1`,
      [email],
    );
    expect(user).toMatchObject({ email_verified_at: null, is_platform_admin: false });
    await waitForMail(email, VERIFICATION_SUBJECT);

    const before = await counts();
    const attackerPassword = 'attacker-chose-this-99';
    const second = await signUp(email.toUpperCase(), attackerPassword, 'Attacker’s');
    expect(second.status).toBe(first.status);
    expect(second.body).toEqual(first.body);
    expect(Object.keys(second.headers).sort()).toEqual(Object.keys(first.headers).sort());
    expect(await counts()).toEqual(before);

    const notice = await waitForMail(email, SIGN_UP_ATTEMPT_SUBJECT);
    expect(notice.text).toContain('already has one');
    expect(notice.text).toContain('/v1/auth/password-reset');
    expect(notice.text).not.toContain(attackerPassword);
    expect(await mailsMatching(email, VERIFICATION_SUBJECT)).toHaveLength(1);

    // The attacker's password opens nothing; the owner's still does.
    const attacker = await web.http
      .post('/v1/auth/login')
      .send({ email, password: attackerPassword });
    expect(attacker.status).toBe(401);
    const owner = await web.http.post('/v1/auth/login').send({ email, password: PASSWORD });
    expect(owner.status).toBe(200);
    expect(owner.body.user.id).toBe(user.id);
    expect(Object.keys(owner.body.memberships)).toHaveLength(1);
  });

  it('costs the same password hashing for a taken address as for a free one', async () => {
    const taken = uniqueEmail('taken');
    expect((await signUp(taken, PASSWORD)).status).toBe(202);
    const time = async (email: string) => {
      const started = performance.now();
      expect((await signUp(email, PASSWORD)).status).toBe(202);
      return performance.now() - started;
    };
    // Alternating, and the fastest of several of each: scheduling noise only ever adds time.
    const free: number[] = [];
    const again: number[] = [];
    for (let round = 0; round < 4; round++) {
      free.push(await time(uniqueEmail('free')));
      again.push(await time(taken));
    }
    // Without hashing, a taken address would answer in a few ms, a free one after scrypt's ~50+.
    expect(Math.min(...again)).toBeGreaterThan(Math.min(...free) * 0.5);
  });

  it('mails one address at most 3 times an hour, however often it is signed up with: same answer', async () => {
    const email = uniqueEmail('flooded');
    const answers = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      answers.push(await signUp(email, `${PASSWORD}-${attempt}`));
    }
    expect(answers.map((answer) => answer.status)).toEqual([202, 202, 202, 202, 202, 202]);
    expect(new Set(answers.map((answer) => JSON.stringify(answer.body))).size).toBe(1);
    await waitFor('3 mails in the sink', async () =>
      (await mailsTo(email)).length >= 3 ? true : undefined,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    const mails = await mailsTo(email);
    expect(mails).toHaveLength(3);
    expect(mails.filter((mail) => VERIFICATION_SUBJECT.test(mail.subject))).toHaveLength(1);
  });

  it('refuses a weak password before anything else, for taken and free addresses alike', async () => {
    const taken = uniqueEmail('weak');
    expect((await signUp(taken, PASSWORD)).status).toBe(202);
    for (const email of [taken, uniqueEmail('weak-free')]) {
      const response = await signUp(email, 'short');
      expect(response.status).toBe(400);
      expect(response.body.type).toBe('urn:tenfold:problem:password-too-weak');
    }
  });
});
