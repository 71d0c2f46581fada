import { DataSource } from 'typeorm';

import { bearer, PASSWORD, uniqueEmail } from '../harness/accounts';
import { invitationTokenIn } from '../support/smtp-sink';
import { testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { WorkerAppUnderTest } from '../support/worker-app-under-test';
import {
  INVITATION_SUBJECT,
  VERIFICATION_SUBJECT,
  verificationTokenIn,
  waitForMail,
} from './support/account-mails';

/**
 * The whole identity journey through the public API, with every mail (verification, invitation)
 * delivered by a real worker to the local SMTP sink. Every step uses tokens exactly as a client
 * would hold them.
 */
describe('identity journey: sign up → verify by mail → log in → invite → accept → change role → remove', () => {
  let web: WebAppUnderTest;
  let worker: WorkerAppUnderTest;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(testConfig());
    worker = await WorkerAppUnderTest.start(testConfig({ WORKER_QUEUES: 'email' }));
  });
  afterAll(async () => {
    await worker?.close();
    await web?.close();
  });

  const signUpAnswer = {
    status: 'verification-sent',
    detail: expect.stringMatching(/^If the address can be used for a new account, we sent it/),
  };
  const logIn = async (email: string) =>
    (await web.http.post('/v1/auth/login').send({ email, password: PASSWORD }).expect(200)).body
      .session.token as string;
  const verifyFromMail = async (email: string) => {
    const token = verificationTokenIn(await waitForMail(email, VERIFICATION_SUBJECT));
    await web.http.post('/v1/auth/verify-email').send({ token }).expect(204);
  };

  it('ends with the removed member’s same token refused on the very next request', async () => {
    const ann = uniqueEmail('ann');
    const bob = uniqueEmail('bob');

    // Ann signs up: no session in the answer, a verification mail in her inbox; then she logs in.
    const annSignUp = await web.http
      .post('/v1/auth/sign-up')
      .send({ email: ann, password: PASSWORD, workspaceName: 'Ann’s first' })
      .expect(202);
    expect(annSignUp.body).toEqual(signUpAnswer);
    await verifyFromMail(ann);
    const annToken = await logIn(ann);

    const workspace = await web.http
      .post('/v1/workspaces')
      .set(bearer(annToken))
      .send({ name: 'Launch' })
      .expect(201);
    const workspaceId: string = workspace.body.id;
    const members = `/v1/workspaces/${workspaceId}/members`;

    const invitation = await web.http
      .post(`/v1/workspaces/${workspaceId}/invitations`)
      .set(bearer(annToken))
      .send({ email: bob, role: 'member' })
      .expect(201);
    expect(invitation.body).toMatchObject({ email: bob, role: 'member' });
    expect(JSON.stringify(invitation.body)).not.toMatch(/token/i);

    // Bob has no account yet: he signs up with the invited address and logs in, unverified.
    const bobSignUp = await web.http
      .post('/v1/auth/sign-up')
      .send({ email: bob, password: PASSWORD, workspaceName: 'Bob’s own' })
      .expect(202);
    expect(bobSignUp.body).toEqual(annSignUp.body);
    const login = await web.http
      .post('/v1/auth/login')
      .send({ email: bob, password: PASSWORD })
      .expect(200);
    const bobToken: string = login.body.session.token;
    const bobId: string = login.body.user.id;
    await web.http.get(members).set(bearer(bobToken)).expect(404);
    // Unverified, he can use his own workspace.
    const [bobsOwn] = Object.keys(login.body.memberships);
    await web.http.get(`/v1/workspaces/${bobsOwn}/members`).set(bearer(bobToken)).expect(200);

    const invitationMail = await waitForMail(bob, INVITATION_SUBJECT);
    expect(invitationMail.subject).toBe('You are invited to Launch on tenfold');
    expect(invitationMail.text).toContain(`${ann} invited you`);
    const invitationToken = invitationTokenIn(invitationMail);

    // Not before he proved the address: a clear 403, and nothing written.
    const refused = await web.http
      .post('/v1/invitations/accept')
      .set(bearer(bobToken))
      .send({ token: invitationToken })
      .expect(403);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({
      type: 'urn:tenfold:problem:email-not-verified',
      status: 403,
      detail: expect.stringMatching(/verify your email address first/i),
    });
    const [pending] = await web.app
      .get(DataSource)
      .query(`SELECT accepted_at FROM identity.invitations WHERE email = $1`, [bob]);
    expect(pending.accepted_at).toBeNull();
    await web.http.get(members).set(bearer(bobToken)).expect(404);

    await verifyFromMail(bob);
    const accepted = await web.http
      .post('/v1/invitations/accept')
      .set(bearer(bobToken))
      .send({ token: invitationToken })
      .expect(200);
    expect(accepted.body).toMatchObject({ id: workspaceId, name: 'Launch', role: 'member' });

    // Bob's existing session carries the membership at once.
    const listed = await web.http.get(members).set(bearer(bobToken)).expect(200);
    expect(listed.body.map((m: { email: string; role: string }) => [m.email, m.role])).toEqual([
      [ann, 'owner'],
      [bob, 'member'],
    ]);

    await web.http
      .put(`${members}/${bobId}/role`)
      .set(bearer(annToken))
      .send({ role: 'admin' })
      .expect(204);
    const me = await web.http.get('/v1/me').set(bearer(bobToken)).expect(200);
    expect(me.body.memberships[workspaceId]).toBe('admin');
    // As admin, Bob may now do what members may not.
    await web.http
      .get(`/v1/workspaces/${workspaceId}/invitations`)
      .set(bearer(bobToken))
      .expect(200);

    await web.http.delete(`${members}/${bobId}`).set(bearer(annToken)).expect(204);
    await web.http.get(members).set(bearer(bobToken)).expect(404);
    await web.http
      .get(`/v1/workspaces/${workspaceId}/invitations`)
      .set(bearer(bobToken))
      .expect(404);
    // Bob's token itself still works for his own workspace: only the membership went.
    const after = await web.http.get('/v1/me').set(bearer(bobToken)).expect(200);
    expect(Object.keys(after.body.memberships)).not.toContain(workspaceId);
  });
});
