import { bearer, PASSWORD, uniqueEmail } from '../support/identity-client';
import { invitationTokenIn, waitForMailsTo } from '../support/smtp-sink';
import { testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { WorkerAppUnderTest } from '../support/worker-app-under-test';

/**
 * The whole identity journey through the public API, with the invitation mail delivered by a real
 * worker to the local SMTP sink. Every step uses tokens exactly as a client would hold them.
 */
describe('identity journey: sign up → invite by mail → accept → change role → remove', () => {
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

  it('ends with the removed member’s same token refused on the very next request', async () => {
    const ann = uniqueEmail('ann');
    const bob = uniqueEmail('bob');

    // Ann signs up, then logs in again: from here on she uses the login token.
    await web.http
      .post('/v1/auth/sign-up')
      .send({ email: ann, password: PASSWORD, workspaceName: 'Ann’s first' })
      .expect(201);
    const login = await web.http
      .post('/v1/auth/login')
      .send({ email: ann, password: PASSWORD })
      .expect(200);
    const annToken: string = login.body.session.token;

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

    // Bob has no account yet: he signs up with the invited address, then uses the mailed token.
    const bobSignUp = await web.http
      .post('/v1/auth/sign-up')
      .send({ email: bob, password: PASSWORD, workspaceName: 'Bob’s own' })
      .expect(201);
    const bobToken: string = bobSignUp.body.session.token;
    const bobId: string = bobSignUp.body.user.id;
    await web.http.get(members).set(bearer(bobToken)).expect(404);

    const [mail] = await waitForMailsTo(bob);
    expect(mail.subject).toBe('You are invited to Launch on tenfold');
    expect(mail.text).toContain(`${ann} invited you`);
    const accepted = await web.http
      .post('/v1/invitations/accept')
      .set(bearer(bobToken))
      .send({ token: invitationTokenIn(mail) })
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
