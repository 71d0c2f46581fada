import { randomUUID } from 'node:crypto';

import { bearer, signUp, type SignedInUser } from '../harness/accounts';
import { testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';

/** Adds `member` to the owner's workspace with `role` through the database (invitations are tested elsewhere). */
async function addMember(
  web: WebAppUnderTest,
  owner: SignedInUser,
  member: SignedInUser,
  role: string,
) {
  const { DataSource } = await import('typeorm');
  const dataSource = web.app.get(DataSource);
  await dataSource.query(
    `INSERT INTO identity.memberships (workspace_id, user_id, role) VALUES ($1, $2, $3)`,
    [owner.workspaceId, member.id, role],
  );
}

describe('workspaces and members', () => {
  let web: WebAppUnderTest;
  let owner: SignedInUser;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(testConfig());
    owner = await signUp(web.http, 'owner');
  });
  afterAll(() => web.close());

  it('creates, lists and renames workspaces; the new one shows up in the same session at once', async () => {
    const created = await web.http
      .post('/v1/workspaces')
      .set(bearer(owner.token))
      .send({ name: '  Second  ' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Second', role: 'owner' });
    const me = await web.http.get('/v1/me').set(bearer(owner.token));
    expect(me.body.memberships[created.body.id]).toBe('owner');

    const renamed = await web.http
      .patch(`/v1/workspaces/${created.body.id}`)
      .set(bearer(owner.token))
      .send({ name: 'Renamed' });
    expect(renamed.status).toBe(200);
    const list = await web.http.get('/v1/workspaces').set(bearer(owner.token));
    expect(list.body.map((w: { name: string }) => w.name)).toEqual(
      expect.arrayContaining(['Renamed']),
    );
  });

  it('a role change applies to the member’s live session at once, and removal ends access on the next request', async () => {
    const member = await signUp(web.http, 'member');
    await addMember(web, owner, member, 'member');
    // The member's session predates the insert: sync it as the API would after a change.
    await web.http
      .put(`/v1/workspaces/${owner.workspaceId}/members/${member.id}/role`)
      .set(bearer(owner.token))
      .send({ role: 'viewer' })
      .expect(204);
    const members = `/v1/workspaces/${owner.workspaceId}/members`;
    expect((await web.http.get(members).set(bearer(member.token))).status).toBe(200);
    expect(
      (await web.http.get('/v1/me').set(bearer(member.token))).body.memberships[owner.workspaceId],
    ).toBe('viewer');
    const rename = await web.http
      .patch(`/v1/workspaces/${owner.workspaceId}`)
      .set(bearer(member.token))
      .send({ name: 'Nope' });
    expect(rename.status).toBe(403);

    await web.http.delete(`${members}/${member.id}`).set(bearer(owner.token)).expect(204);
    const after = await web.http.get(members).set(bearer(member.token));
    expect(after.status).toBe(404); // same token, next request: no access, no existence leak
  });

  it('keeps the last owner: cannot leave or be demoted; a second owner makes both possible', async () => {
    const solo = await signUp(web.http, 'solo');
    const leave = await web.http
      .post(`/v1/workspaces/${solo.workspaceId}/leave`)
      .set(bearer(solo.token));
    expect(leave.status).toBe(409);
    expect(leave.body.type).toBe('urn:tenfold:problem:last-owner-must-stay');
    const demote = await web.http
      .put(`/v1/workspaces/${solo.workspaceId}/members/${solo.id}/role`)
      .set(bearer(solo.token))
      .send({ role: 'admin' });
    expect(demote.status).toBe(409);

    const partner = await signUp(web.http, 'partner');
    await addMember(web, solo, partner, 'admin');
    await web.http
      .put(`/v1/workspaces/${solo.workspaceId}/members/${partner.id}/role`)
      .set(bearer(solo.token))
      .send({ role: 'owner' })
      .expect(204);
    await web.http
      .post(`/v1/workspaces/${solo.workspaceId}/leave`)
      .set(bearer(solo.token))
      .expect(204);
    expect(
      (await web.http.get('/v1/me').set(bearer(solo.token))).body.memberships[solo.workspaceId],
    ).toBeUndefined();
  });

  it('only owners grant the owner role', async () => {
    const boss = await signUp(web.http, 'boss');
    const admin = await signUp(web.http, 'admin');
    const member = await signUp(web.http, 'plain');
    await addMember(web, boss, admin, 'admin');
    await addMember(web, boss, member, 'member');
    await web.http
      .put(`/v1/workspaces/${boss.workspaceId}/members/${admin.id}/role`)
      .set(bearer(boss.token))
      .send({ role: 'admin' })
      .expect(204); // syncs the admin's session
    const promote = await web.http
      .put(`/v1/workspaces/${boss.workspaceId}/members/${member.id}/role`)
      .set(bearer(admin.token))
      .send({ role: 'owner' });
    expect(promote.status).toBe(403);
    expect(promote.body.type).toBe('urn:tenfold:problem:only-owners-manage-owners');
  });

  describe('tenancy: every workspace route', () => {
    const routes = (workspaceId: string, userId: string) =>
      [
        ['get', `/v1/workspaces/${workspaceId}/members`, undefined, 'viewer'],
        ['patch', `/v1/workspaces/${workspaceId}`, { name: 'x' }, 'admin'],
        [
          'put',
          `/v1/workspaces/${workspaceId}/members/${userId}/role`,
          { role: 'member' },
          'admin',
        ],
        ['delete', `/v1/workspaces/${workspaceId}/members/${userId}`, undefined, 'admin'],
        ['post', `/v1/workspaces/${workspaceId}/leave`, undefined, 'viewer'],
      ] as const;

    it('answers 404 to non-members (also for made-up ids) and 403 to roles below the minimum', async () => {
      const target = await signUp(web.http, 'target');
      const outsider = await signUp(web.http, 'outsider');
      const viewer = await signUp(web.http, 'viewer');
      await addMember(web, target, viewer, 'viewer');
      await web.http
        .put(`/v1/workspaces/${target.workspaceId}/members/${viewer.id}/role`)
        .set(bearer(target.token))
        .send({ role: 'viewer' })
        .expect(204);

      for (const workspaceId of [target.workspaceId, randomUUID()]) {
        for (const [method, path, body] of routes(workspaceId, target.id)) {
          const response = await web.http[method](path).set(bearer(outsider.token)).send(body);
          expect([method, path, response.status]).toEqual([method, path, 404]);
        }
      }
      for (const [method, path, body, minimum] of routes(target.workspaceId, target.id)) {
        if (minimum === 'viewer') continue;
        const response = await web.http[method](path).set(bearer(viewer.token)).send(body);
        expect([method, path, response.status]).toEqual([method, path, 403]);
      }
      // Nothing changed in the target workspace.
      const members = await web.http
        .get(`/v1/workspaces/${target.workspaceId}/members`)
        .set(bearer(target.token));
      expect(members.body.map((m: { role: string }) => m.role).sort()).toEqual(['owner', 'viewer']);
    });
  });
});
