import { randomBytes } from 'node:crypto';

import { DataSource } from 'typeorm';

import { invitationTokenHash } from '../../src/modules/identity/domain/invitation-token';
import { bearer, signUp, type SignedInUser } from '../harness/accounts';
import { testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';

/** Identity announces membership changes through the outbox, in the same transaction as the change. */
describe('identity member events', () => {
  let web: WebAppUnderTest;
  let dataSource: DataSource;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(testConfig());
    dataSource = web.app.get(DataSource);
  });
  afterAll(() => web?.close());

  async function eventsOf(workspaceId: string) {
    const rows: { event: { type: string; actorId: string; payload: object } }[] =
      await dataSource.query(
        `SELECT event FROM messaging.outbox WHERE event->>'workspaceId' = $1 ORDER BY position`,
        [workspaceId],
      );
    return rows.map(({ event }) => [event.type, event.actorId, event.payload]);
  }

  /** An invitation row with a token we know, so the test needs no mail round trip. */
  async function invite(owner: SignedInUser, email: string, role: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await dataSource.query(
      `INSERT INTO identity.invitations (workspace_id, email, role, token_hash, invited_by, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + interval '1 day')`,
      [owner.workspaceId, email, role, invitationTokenHash(token), owner.id],
    );
    return token;
  }

  it('publishes registered and joined on sign-up, joined on a new workspace, joined and invitation-accepted on accepting an invitation', async () => {
    const owner = await signUp(web.http, 'events-owner');
    expect(await eventsOf(owner.workspaceId)).toEqual([
      ['identity.user.registered.v1', owner.id, { userId: owner.id, email: owner.email }],
      [
        'identity.member.joined.v1',
        owner.id,
        { userId: owner.id, role: 'owner', via: 'workspace-created' },
      ],
    ]);

    const created = await web.http
      .post('/v1/workspaces')
      .set(bearer(owner.token))
      .send({ name: 'Second' });
    expect(await eventsOf(created.body.id)).toEqual([
      [
        'identity.member.joined.v1',
        owner.id,
        { userId: owner.id, role: 'owner', via: 'workspace-created' },
      ],
    ]);

    const invitee = await signUp(web.http, 'events-invitee');
    const token = await invite(owner, invitee.email, 'member');
    await web.http
      .post('/v1/invitations/accept')
      .set(bearer(invitee.token))
      .send({ token })
      .expect(200);
    const [invitation] = await dataSource.query(
      `SELECT id FROM identity.invitations WHERE workspace_id = $1 AND email = $2`,
      [owner.workspaceId, invitee.email],
    );
    expect((await eventsOf(owner.workspaceId)).slice(-2)).toEqual([
      [
        'identity.member.joined.v1',
        invitee.id,
        { userId: invitee.id, role: 'member', via: 'invitation' },
      ],
      [
        'identity.invitation.accepted.v1',
        invitee.id,
        { invitationId: invitation.id, userId: invitee.id, invitedBy: owner.id, role: 'member' },
      ],
    ]);
  });

  it('publishes role changes, removals and leaving; a change to the same role publishes nothing', async () => {
    const owner = await signUp(web.http, 'events-owner2');
    const [bob, cara] = [await signUp(web.http, 'bob'), await signUp(web.http, 'cara')];
    for (const user of [bob, cara]) {
      const token = await invite(owner, user.email, 'member');
      await web.http
        .post('/v1/invitations/accept')
        .set(bearer(user.token))
        .send({ token })
        .expect(200);
    }
    const before = (await eventsOf(owner.workspaceId)).length;
    const members = `/v1/workspaces/${owner.workspaceId}/members`;

    await web.http
      .put(`${members}/${bob.id}/role`)
      .set(bearer(owner.token))
      .send({ role: 'member' })
      .expect(204);
    await web.http
      .put(`${members}/${bob.id}/role`)
      .set(bearer(owner.token))
      .send({ role: 'viewer' })
      .expect(204);
    await web.http.delete(`${members}/${bob.id}`).set(bearer(owner.token)).expect(204);
    await web.http
      .post(`/v1/workspaces/${owner.workspaceId}/leave`)
      .set(bearer(cara.token))
      .expect(204);
    // A refused change (the last owner may not leave) publishes nothing either.
    await web.http
      .post(`/v1/workspaces/${owner.workspaceId}/leave`)
      .set(bearer(owner.token))
      .expect(409);

    expect((await eventsOf(owner.workspaceId)).slice(before)).toEqual([
      [
        'identity.member.role-changed.v1',
        owner.id,
        { userId: bob.id, from: 'member', to: 'viewer' },
      ],
      ['identity.member.left.v1', owner.id, { userId: bob.id, reason: 'removed' }],
      ['identity.member.left.v1', cara.id, { userId: cara.id, reason: 'left' }],
    ]);
  });

  it('a sign-up with a taken email (same answer, nothing created) publishes nothing', async () => {
    const user = await signUp(web.http, 'taken');
    const [{ count: before }] = await dataSource.query(`SELECT count(*) FROM messaging.outbox`);
    await web.http
      .post('/v1/auth/sign-up')
      .send({ email: user.email, password: 'violet-otter-42-lamp', workspaceName: 'Dup' })
      .expect(202);
    const [{ count: after }] = await dataSource.query(`SELECT count(*) FROM messaging.outbox`);
    expect(after).toBe(before);
  });
});
