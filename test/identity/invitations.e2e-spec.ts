import { randomUUID } from 'node:crypto';

import { DataSource } from 'typeorm';

import {
  bearer,
  markEmailVerified,
  signUp,
  uniqueEmail,
  type SignedInUser,
} from '../harness/accounts';
import { invitationTokenIn, mailsTo, waitForMailsTo, type SinkMessage } from '../support/smtp-sink';
import { testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';
import { INVITATION_SUBJECT, mailsMatching } from './support/account-mails';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { WorkerAppUnderTest } from '../support/worker-app-under-test';

describe('invitations', () => {
  let web: WebAppUnderTest;
  let worker: WorkerAppUnderTest;
  let owner: SignedInUser;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(testConfig());
    worker = await WorkerAppUnderTest.start(testConfig({ WORKER_QUEUES: 'email' }));
    owner = await signUp(web.http, 'owner');
  });
  afterAll(async () => {
    await worker?.close();
    await web?.close();
  });

  const invitations = (workspaceId = owner.workspaceId) =>
    `/v1/workspaces/${workspaceId}/invitations`;

  async function invite(email: string, role = 'member', as: SignedInUser = owner) {
    const response = await web.http
      .post(invitations(as.workspaceId))
      .set(bearer(as.token))
      .send({ email, role });
    expect(response.status).toBe(201);
    return response.body as { id: string; email: string; role: string; expiresAt: string };
  }

  /**
   * The mail of one invitation, found by its Message-ID (derived from the invitation id): the
   * address also gets other mail (the verification mail of its sign-up).
   */
  function mailOf(invitationId: string, to: string): Promise<SinkMessage> {
    const messageId = `<invitation-${invitationId}@tenfold.local>`;
    return waitFor(`the mail of invitation ${invitationId}`, async () =>
      (await mailsTo(to)).find((m) => m.headers['message-id'] === messageId),
    );
  }

  const accept = (token: string, as: string) =>
    web.http.post('/v1/invitations/accept').set(bearer(as)).send({ token });

  async function pendingEmails(): Promise<string[]> {
    const list = await web.http.get(invitations()).set(bearer(owner.token)).expect(200);
    return list.body.map((i: { email: string }) => i.email);
  }

  it('mails a one-time token that is never in the answer; the invitee joins with the invited role', async () => {
    const invitee = await signUp(web.http, 'invitee');
    const created = await invite(invitee.email, 'viewer');
    expect(created).toMatchObject({ email: invitee.email, role: 'viewer', invitedBy: owner.id });
    expect(Object.keys(created).sort()).toEqual(
      ['createdAt', 'email', 'expiresAt', 'id', 'invitedBy', 'role'].sort(),
    );
    expect(Date.parse(created.expiresAt) - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);
    expect(await pendingEmails()).toContain(invitee.email);

    const mail = await mailOf(created.id, invitee.email);
    expect(mail.text).toContain(created.expiresAt);
    expect(mail.text).toContain('/v1/invitations/accept');
    const token = invitationTokenIn(mail);
    const row = await web.app
      .get(DataSource)
      .query(`SELECT token_hash FROM identity.invitations WHERE id = $1`, [created.id]);
    expect(row[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row[0].token_hash).not.toContain(token);

    const joined = await accept(token, invitee.token);
    expect(joined.status).toBe(200);
    expect(joined.body).toMatchObject({ id: owner.workspaceId, role: 'viewer' });
    expect(await pendingEmails()).not.toContain(invitee.email);
    // Used once: the same token is now "not found", also for the same user.
    const again = await accept(token, invitee.token);
    expect(again.status).toBe(404);
    expect(again.body.type).toBe('urn:tenfold:problem:invitation-not-found');
  });

  it('refuses an account whose address is not verified with 403 email-not-verified, and writes nothing', async () => {
    const invitee = await signUp(web.http, 'unverified', { verified: false });
    const created = await invite(invitee.email, 'admin');
    const token = invitationTokenIn(await mailOf(created.id, invitee.email));

    const refused = await accept(token, invitee.token);
    expect(refused.status).toBe(403);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body.type).toBe('urn:tenfold:problem:email-not-verified');
    expect(refused.body.detail).toMatch(/verify your email address first/i);
    const [row] = await web.app
      .get(DataSource)
      .query(`SELECT accepted_at FROM identity.invitations WHERE id = $1`, [created.id]);
    expect(row.accepted_at).toBeNull();
    const [{ n }] = await web.app
      .get(DataSource)
      .query(
        `SELECT count(*)::int AS n FROM identity.memberships WHERE workspace_id = $1 AND user_id = $2`,
        [owner.workspaceId, invitee.id],
      );
    expect(n).toBe(0);
    await web.http
      .get(`/v1/workspaces/${owner.workspaceId}/members`)
      .set(bearer(invitee.token))
      .expect(404);

    // Verified, the same session and the same token join.
    await markEmailVerified(invitee.email);
    const joined = await accept(token, invitee.token);
    expect(joined.status).toBe(200);
    expect(joined.body).toMatchObject({ id: owner.workspaceId, role: 'admin' });
  });

  it('refuses an account with another email, and joins nobody', async () => {
    const email = uniqueEmail('intended');
    const created = await invite(email);
    const stranger = await signUp(web.http, 'stranger');
    const response = await accept(
      invitationTokenIn(await mailOf(created.id, email)),
      stranger.token,
    );
    expect(response.status).toBe(403);
    expect(response.body.type).toBe('urn:tenfold:problem:invitation-for-another-email');
    await web.http
      .get(`/v1/workspaces/${owner.workspaceId}/members`)
      .set(bearer(stranger.token))
      .expect(404);
    expect(await pendingEmails()).toContain(email);
  });

  it('lets exactly one of two simultaneous accepts of the same token through', async () => {
    const invitee = await signUp(web.http, 'racer');
    const created = await invite(invitee.email);
    const token = invitationTokenIn(await mailOf(created.id, invitee.email));
    const answers = await Promise.all([accept(token, invitee.token), accept(token, invitee.token)]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 404]);
  });

  it('inviting the same address again replaces the pending invitation: only the newest token works', async () => {
    const invitee = await signUp(web.http, 'twice');
    const first = await invite(invitee.email, 'viewer');
    const firstToken = invitationTokenIn(await mailOf(first.id, invitee.email));
    const second = await invite(invitee.email, 'admin');
    const secondToken = invitationTokenIn(await mailOf(second.id, invitee.email));

    expect((await accept(firstToken, invitee.token)).status).toBe(404);
    const joined = await accept(secondToken, invitee.token);
    expect(joined.status).toBe(200);
    expect(joined.body.role).toBe('admin');
  });

  it('revoked and expired invitations are gone: accept answers 404, the list omits them', async () => {
    const revokedFor = await signUp(web.http, 'revoked');
    const revoked = await invite(revokedFor.email);
    const revokedToken = invitationTokenIn(await mailOf(revoked.id, revokedFor.email));
    await web.http.delete(`${invitations()}/${revoked.id}`).set(bearer(owner.token)).expect(204);
    await web.http.delete(`${invitations()}/${revoked.id}`).set(bearer(owner.token)).expect(404);
    expect((await accept(revokedToken, revokedFor.token)).status).toBe(404);

    const expiredFor = await signUp(web.http, 'expired');
    const expired = await invite(expiredFor.email);
    const expiredToken = invitationTokenIn(await mailOf(expired.id, expiredFor.email));
    await web.app
      .get(DataSource)
      .query(
        `UPDATE identity.invitations SET expires_at = now() - interval '1 second' WHERE id = $1`,
        [expired.id],
      );
    expect(await pendingEmails()).not.toContain(expiredFor.email);
    expect((await accept(expiredToken, expiredFor.token)).status).toBe(404);
    await web.http
      .get(`/v1/workspaces/${owner.workspaceId}/members`)
      .set(bearer(expiredFor.token))
      .expect(404);
  });

  it('answers 409 for someone who is already a member, and mails nothing', async () => {
    const response = await web.http
      .post(invitations())
      .set(bearer(owner.token))
      .send({ email: owner.email, role: 'member' });
    expect(response.status).toBe(409);
    expect(response.body.type).toBe('urn:tenfold:problem:already-member');
    expect(await pendingEmails()).not.toContain(owner.email);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await mailsMatching(owner.email, INVITATION_SUBJECT)).toHaveLength(0);
  });

  it('replays an invitation sent with the same Idempotency-Key: one invitation, one mail', async () => {
    const email = uniqueEmail('idem');
    const send = () =>
      web.http
        .post(invitations())
        .set(bearer(owner.token))
        .set('Idempotency-Key', randomKey)
        .send({ email, role: 'member' });
    const randomKey = randomUUID();
    const first = await send();
    const second = await send();
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    await waitForMailsTo(email);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await mailsTo(email)).toHaveLength(1);
    expect((await pendingEmails()).filter((e) => e === email)).toHaveLength(1);
  });

  it('answers 400 naming the problem for bad input, and writes nothing', async () => {
    const before = await pendingEmails();
    const bad: [string, unknown, string][] = [
      ['owner role', { email: uniqueEmail('x'), role: 'owner' }, 'role'],
      ['unknown role', { email: uniqueEmail('x'), role: 'boss' }, 'role'],
      ['invalid email', { email: 'not-an-email', role: 'member' }, 'email'],
      ['oversize email', { email: `${'a'.repeat(250)}@example.test`, role: 'member' }, 'email'],
      ['wrong type', { email: 42, role: 'member' }, 'email'],
      ['unknown field', { email: uniqueEmail('x'), role: 'member', admin: true }, 'admin'],
      ['missing role', { email: uniqueEmail('x') }, 'role'],
    ];
    for (const [label, body, field] of bad) {
      const response = await web.http
        .post(invitations())
        .set(bearer(owner.token))
        .send(body as object);
      expect([label, response.status]).toEqual([label, 400]);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect([
        label,
        [...new Set(response.body.errors.map((e: { field: string }) => e.field))],
      ]).toEqual([label, [field]]);
    }
    expect(await pendingEmails()).toEqual(before);

    for (const token of ['short', 'x'.repeat(43) + '=', 42, '']) {
      const response = await accept(token as string, owner.token);
      expect([token, response.status]).toEqual([token, 400]);
    }
    const unknown = await accept('A'.repeat(43), owner.token);
    expect(unknown.status).toBe(404);
    const anonymous = await web.http.post('/v1/invitations/accept').send({ token: 'A'.repeat(43) });
    expect(anonymous.status).toBe(401);
  });

  it('is for admins and owners: a member gets 403, a non-member 404, on every invitation route', async () => {
    const member = await signUp(web.http, 'plain-member');
    const outsider = await signUp(web.http, 'outsider');
    const joined = await accept(
      invitationTokenIn(await mailOf((await invite(member.email, 'member')).id, member.email)),
      member.token,
    );
    expect(joined.status).toBe(200);
    const pending = await invite(uniqueEmail('pending'));

    const routes = [
      ['post', invitations(), { email: uniqueEmail('x'), role: 'viewer' }],
      ['get', invitations(), undefined],
      ['delete', `${invitations()}/${pending.id}`, undefined],
    ] as const;
    for (const [method, path, body] of routes) {
      const asMember = await web.http[method](path).set(bearer(member.token)).send(body);
      expect([method, path, asMember.status]).toEqual([method, path, 403]);
      const asOutsider = await web.http[method](path).set(bearer(outsider.token)).send(body);
      expect([method, path, asOutsider.status]).toEqual([method, path, 404]);
    }
    // The outsider's own workspace cannot reach this workspace's invitation either.
    await web.http
      .delete(`${invitations(outsider.workspaceId)}/${pending.id}`)
      .set(bearer(outsider.token))
      .expect(404);
    expect(await pendingEmails()).toContain(pending.email);
  });
});
