import { randomUUID } from 'node:crypto';

import { DataSource } from 'typeorm';

import { encodeCursor } from '../../src/common/pagination/keyset-cursor';

import { bearer, signUp, uniqueEmail, type SignedInUser } from '../harness/accounts';
import { testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';
import {
  expectBadLimitsRefused,
  expectCursorsRefused,
  expectForeignCursorRevealsNothing,
  expectLinkOnlyBeforeTheEnd,
  expectWalkSeesEachOnce,
} from './support/list-checks';
import { cursorOf, getPage, type ListUnderTest } from './support/list-walk';

/** Workspaces, members and invitations: v1 array bodies, the next page in `Link`. */
describe('pagination: identity lists', () => {
  let web: WebAppUnderTest;
  let owner: SignedInUser;
  let other: SignedInUser;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(testConfig({ RATE_LIMIT_PER_MINUTE: '100000' }));
    owner = await signUp(web.http, 'lists');
    other = await signUp(web.http, 'other');
  });
  afterAll(() => web?.close());

  const workspaces = (user: SignedInUser): ListUnderTest => ({
    web,
    user,
    path: '/v1/workspaces',
    shape: 'items',
  });
  const members = (user: SignedInUser): ListUnderTest => ({
    web,
    user,
    path: `/v1/workspaces/${user.workspaceId}/members`,
    shape: 'items',
    idOf: (item) => String(item.userId),
  });
  const invitations = (user: SignedInUser): ListUnderTest => ({
    web,
    user,
    path: `/v1/workspaces/${user.workspaceId}/invitations`,
    shape: 'items',
  });

  async function createWorkspace(user: SignedInUser): Promise<void> {
    const response = await web.http
      .post('/v1/workspaces')
      .set(bearer(user.token))
      .send({ name: 'More' });
    expect(response.status).toBe(201);
  }

  /** `count` new users joining the workspace in one statement: they share joined_at. */
  async function addMembers(workspaceId: string, count: number): Promise<void> {
    await web.app.get(DataSource).query(
      `WITH made AS (
         INSERT INTO identity.users (email, password_hash)
         SELECT unnest($2::text[]), 'not-a-hash' RETURNING id)
       INSERT INTO identity.memberships (workspace_id, user_id, role)
       SELECT $1, id, 'member' FROM made`,
      [workspaceId, Array.from({ length: count }, () => uniqueEmail('member'))],
    );
  }

  async function invite(user: SignedInUser): Promise<void> {
    const response = await web.http
      .post(`/v1/workspaces/${user.workspaceId}/invitations`)
      .set(bearer(user.token))
      .send({ email: uniqueEmail('invitee'), role: 'viewer' });
    expect(response.status).toBe(201);
  }

  describe('GET /v1/workspaces', () => {
    beforeAll(async () => {
      for (let i = 0; i < 4; i++) await createWorkspace(owner);
      for (let i = 0; i < 2; i++) await createWorkspace(other);
    });

    it('walks every workspace once, oldest first, while more are created', () =>
      expectWalkSeesEachOnce(workspaces(owner), () => createWorkspace(owner)));

    it('answers the whole list as before when it fits the default page of 100', async () => {
      const page = await getPage(workspaces(owner), '/v1/workspaces');
      expect(Array.isArray(page.response.body)).toBe(true);
      expect(page.ids.length).toBeGreaterThanOrEqual(5);
      expect(page.next).toBeUndefined();
    });

    it('sends Link only while more follow', () => expectLinkOnlyBeforeTheEnd(workspaces(owner)));

    it("a cursor from another user's list shows only your own workspaces", async () => {
      const theirs = await getPage(workspaces(other), '/v1/workspaces?limit=1');
      await expectForeignCursorRevealsNothing(workspaces(owner), cursorOf(theirs));
    });

    it("refuses another list's cursor and bad limits", async () => {
      // A well-formed members cursor: the same keys, another list.
      await expectCursorsRefused(workspaces(owner), [encodeCursor('members', ['1', randomUUID()])]);
      await expectBadLimitsRefused(workspaces(owner));
    });
  });

  describe('GET /v1/workspaces/{id}/members', () => {
    beforeAll(async () => {
      await addMembers(owner.workspaceId, 5);
      await addMembers(other.workspaceId, 3);
    });

    it('walks every member once, in the order they joined, while more join', () =>
      expectWalkSeesEachOnce(members(owner), () => addMembers(owner.workspaceId, 1)));

    it('sends Link only while more follow', () => expectLinkOnlyBeforeTheEnd(members(owner)));

    it("a cursor from another workspace's members list reveals none of them", async () => {
      const theirs = await getPage(members(other), `${members(other).path}?limit=1`);
      await expectForeignCursorRevealsNothing(members(owner), cursorOf(theirs));
    });

    it("refuses another list's cursor and bad limits", async () => {
      const workspaceCursor = cursorOf(await getPage(workspaces(owner), '/v1/workspaces?limit=1'));
      await expectCursorsRefused(members(owner), [workspaceCursor]);
      await expectBadLimitsRefused(members(owner));
    });
  });

  describe('GET /v1/workspaces/{id}/invitations', () => {
    beforeAll(async () => {
      for (let i = 0; i < 5; i++) await invite(owner);
      for (let i = 0; i < 2; i++) await invite(other);
    });

    it('walks every pending invitation once, oldest first, while more are sent', () =>
      expectWalkSeesEachOnce(invitations(owner), () => invite(owner)));

    it('sends Link only while more follow', () => expectLinkOnlyBeforeTheEnd(invitations(owner)));

    it('applies "pending" again on every page: one that expires meanwhile is not shown', async () => {
      const list = invitations(owner);
      const first = await getPage(list, `${list.path}?limit=2`);
      const all = await getPage(list, `${list.path}?limit=100`);
      const expiring = all.ids[3];
      await web.app
        .get(DataSource)
        .query(`UPDATE identity.invitations SET expires_at = now() WHERE id = $1`, [expiring]);
      const rest = await getPage(list, `${list.path}?limit=100&cursor=${cursorOf(first)}`);
      expect(rest.ids).toEqual(all.ids.slice(2).filter((id) => id !== expiring));
    });

    it("a cursor from another workspace's invitations reveals none of them", async () => {
      const theirs = await getPage(invitations(other), `${invitations(other).path}?limit=1`);
      await expectForeignCursorRevealsNothing(invitations(owner), cursorOf(theirs));
    });

    it("refuses another list's cursor and bad limits", async () => {
      const memberCursor = cursorOf(
        await getPage(members(owner), `${members(owner).path}?limit=1`),
      );
      await expectCursorsRefused(invitations(owner), [memberCursor]);
      await expectBadLimitsRefused(invitations(owner));
    });
  });
});
