import type { AddressInfo } from 'node:net';

import Redis from 'ioredis';
import { SMTPServer } from 'smtp-server';

import { redisConnectionOptions } from '../../src/infrastructure/redis/redis-connection-options';
import { bearer, logIn, PASSWORD, uniqueEmail } from '../harness/accounts';
import { invitationTokenIn } from '../support/smtp-sink';
import { adminAuthorization, testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { WorkerAppUnderTest } from '../support/worker-app-under-test';
import {
  INVITATION_SUBJECT,
  PASSWORD_RESET_SUBJECT,
  passwordResetTokenIn,
  VERIFICATION_SUBJECT,
  verificationTokenIn,
  waitForMail,
} from './support/account-mails';
import { everyValueUnder, keyCountUnder } from './support/redis-values';

interface DeadLetter {
  id: string;
  queue: string;
  data: Record<string, unknown>;
}

/**
 * Mails carry tokens (verification, invitation, password reset), and job data is readable by
 * anyone who reads Redis, a dump of it, the queue dashboard or the dead-letter API. After a whole
 * journey, none of the tokens issued (nor any session token) may be found in any of them.
 */
describe('no token in Redis, in job payloads or in the admin views of jobs', () => {
  const config = testConfig();
  const prefix = `${config.redis.keyPrefix}:`;
  const admin = adminAuthorization(config);
  let web: WebAppUnderTest;
  let worker: WorkerAppUnderTest | undefined;
  let refusingSmtp: SMTPServer;
  let refusingPort: number;
  let redis: Redis;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(config);
    redis = new Redis(redisConnectionOptions(config, 'test-secret-scan'));
    // An SMTP server that refuses every recipient for good (550): mails to it end as dead letters.
    refusingSmtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo(_address, _session, callback) {
        callback(Object.assign(new Error('No such mailbox here'), { responseCode: 550 }));
      },
    });
    await new Promise<void>((resolve) => refusingSmtp.listen(0, '127.0.0.1', resolve));
    refusingPort = (refusingSmtp.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await worker?.close();
    await web?.close();
    redis?.disconnect();
    await new Promise<void>((resolve) => refusingSmtp.close(() => resolve()));
  });

  const startWorker = async (env: Record<string, string> = {}) => {
    await worker?.close();
    worker = await WorkerAppUnderTest.start(testConfig({ WORKER_QUEUES: 'email', ...env }));
  };
  const deadEmails = async (): Promise<{ text: string; items: DeadLetter[] }> => {
    const response = await web.http
      .get('/v1/admin/jobs/dead?queue=email&limit=100')
      .set('Authorization', admin);
    expect(response.status).toBe(200);
    return { text: response.text, items: response.body.items };
  };
  const dashboard = async (status: 'failed' | 'completed'): Promise<string> => {
    const response = await web.http
      .get(`/admin/queues/api/queues?activeQueue=email&status=${status}&page=1`)
      .set('Authorization', admin);
    expect(response.status).toBe(200);
    return response.text;
  };
  const signUpAndVerify = async (email: string) => {
    await web.http
      .post('/v1/auth/sign-up')
      .send({ email, password: PASSWORD, workspaceName: 'Scan' })
      .expect(202);
    const token = verificationTokenIn(await waitForMail(email, VERIFICATION_SUBJECT));
    await web.http.post('/v1/auth/verify-email').send({ token }).expect(204);
    return token;
  };

  it('finds none of the tokens of sign-up, verification, invitation, reset and sessions', async () => {
    const ann = uniqueEmail('scan-ann');
    const bob = uniqueEmail('scan-bob');
    const adminViews: string[] = [];

    // 1. Ann's verification and reset mails cannot be delivered: they fail for good.
    await startWorker({ SMTP_URL: `smtp://127.0.0.1:${refusingPort}` });
    await web.http
      .post('/v1/auth/sign-up')
      .send({ email: ann, password: PASSWORD, workspaceName: 'Ann’s' })
      .expect(202);
    await web.http.post('/v1/auth/password-reset').send({ email: ann }).expect(202);
    const dead = await waitFor('both of Ann’s mails among the dead letters', async () => {
      const { text, items } = await deadEmails();
      const ofAnn = items.filter((item) => item.data.to === ann);
      return ofAnn.length === 2 ? { text, ofAnn } : undefined;
    });
    for (const item of dead.ofAnn) {
      expect(Object.keys(item.data).sort()).toEqual(['sealed', 'to']);
      expect(item.data.sealed).toMatch(/^tfs1:/);
    }
    adminViews.push(dead.text, await dashboard('failed'));

    // 2. A worker that can deliver; the dead mails are redriven and arrive.
    await startWorker();
    for (const { id } of dead.ofAnn) {
      await web.http
        .post(`/v1/admin/jobs/${id}/redrive?queue=email`)
        .set('Authorization', admin)
        .expect(202);
    }
    const annVerification = verificationTokenIn(await waitForMail(ann, VERIFICATION_SUBJECT));
    const resetToken = passwordResetTokenIn(await waitForMail(ann, PASSWORD_RESET_SUBJECT));
    await web.http.post('/v1/auth/verify-email').send({ token: annVerification }).expect(204);
    const annFirstSession = await logIn(web.http, ann);

    // 3. Bob signs up and verifies, and invites Ann, who accepts.
    const bobVerification = await signUpAndVerify(bob);
    const bobLogin = await web.http.post('/v1/auth/login').send({ email: bob, password: PASSWORD });
    const bobSession: string = bobLogin.body.session.token;
    const [bobWorkspace] = Object.keys(bobLogin.body.memberships);
    await web.http
      .post(`/v1/workspaces/${bobWorkspace}/invitations`)
      .set(bearer(bobSession))
      .send({ email: ann, role: 'member' })
      .expect(201);
    const invitationToken = invitationTokenIn(await waitForMail(ann, INVITATION_SUBJECT));
    await web.http
      .post('/v1/invitations/accept')
      .set(bearer(annFirstSession))
      .send({ token: invitationToken })
      .expect(200);

    // 4. Ann resets her password and logs in again.
    const newPassword = 'scanned-but-never-found-63';
    await web.http
      .post('/v1/auth/password-reset/complete')
      .send({ token: resetToken, newPassword })
      .expect(204);
    const annSecondSession = await logIn(web.http, ann, newPassword);
    await web.http.get('/v1/me').set(bearer(annSecondSession)).expect(200);

    adminViews.push((await deadEmails()).text, await dashboard('completed'));
    const stored = await everyValueUnder(redis, prefix);
    // The scan did read the email jobs (sealed), the sessions and the limiter's counters.
    expect(await keyCountUnder(redis, prefix)).toBeGreaterThan(10);
    expect(stored).toContain(`${prefix}bull:email:`);
    expect(stored).toContain('tfs1:'); // sealed mail content
    expect(stored).toContain(`${prefix}session:`);
    expect(adminViews.join('\n')).toContain('tfs1:');

    const secrets = {
      annVerification,
      bobVerification,
      invitationToken,
      resetToken,
      annFirstSession,
      annSecondSession,
      bobSession,
      newPassword,
      password: PASSWORD,
    };
    for (const [name, secret] of Object.entries(secrets)) {
      expect([name, 'redis', stored.includes(secret)]).toEqual([name, 'redis', false]);
      adminViews.forEach((view, index) =>
        expect([name, `admin view ${index}`, view.includes(secret)]).toEqual([
          name,
          `admin view ${index}`,
          false,
        ]),
      );
    }
  });
});
