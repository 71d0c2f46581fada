import { randomUUID } from 'node:crypto';

import { DataSource } from 'typeorm';

import { encodeCursor } from '../../src/common/pagination/keyset-cursor';
import { signUp, type SignedInUser } from '../harness/accounts';
import { testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { createEndpoint, endpointsPath } from '../webhooks/support/webhooks-api';
import {
  expectBadLimitsRefused,
  expectCursorsRefused,
  expectForeignCursorRevealsNothing,
  expectLinkOnlyBeforeTheEnd,
  expectWalkSeesEachOnce,
} from './support/list-checks';
import { cursorOf, getPage, type ListUnderTest, walk, wholeList } from './support/list-walk';

/** Webhook endpoints and their delivery log: `{ items, nextCursor }` and `Link`. */
describe('pagination: webhook lists', () => {
  let web: WebAppUnderTest;
  let owner: SignedInUser;
  let other: SignedInUser;
  let endpointId: string;
  let otherEndpointId: string;
  const PUBLIC_URL = 'http://93.184.216.34/hooks'; // an IP literal: no DNS in the test

  beforeAll(async () => {
    web = await WebAppUnderTest.start(
      testConfig({
        WEBHOOK_ALLOWED_NETWORKS: '',
        WEBHOOK_ENDPOINTS_PER_WORKSPACE: '20',
        RATE_LIMIT_PER_MINUTE: '100000',
      }),
    );
    owner = await signUp(web.http, 'hooks');
    other = await signUp(web.http, 'other');
    endpointId = (await addEndpoint(owner)).id;
    otherEndpointId = (await addEndpoint(other)).id;
  });
  afterAll(() => web?.close());

  const addEndpoint = (user: SignedInUser) =>
    createEndpoint(web, user, { url: PUBLIC_URL, eventTypes: ['projects.task.created.v1'] });

  const endpoints = (user: SignedInUser): ListUnderTest => ({
    web,
    user,
    path: endpointsPath(user.workspaceId),
    shape: 'page',
  });
  const deliveries = (user: SignedInUser, endpoint: string): ListUnderTest => ({
    web,
    user,
    path: `${endpointsPath(user.workspaceId)}/${endpoint}/deliveries`,
    shape: 'page',
  });

  /**
   * `count` deliveries logged in one statement, so they share created_at (the id breaks the tie),
   * at a time with microseconds that a millisecond cursor would lose.
   */
  async function logDeliveries(user: SignedInUser, endpoint: string, count: number): Promise<void> {
    await web.app.get(DataSource).query(
      `INSERT INTO webhooks.deliveries
         (workspace_id, endpoint_id, event_id, event_type, body, status, created_at)
       SELECT $1, $2, gen_random_uuid(), 'projects.task.created.v1', '{}', 'delivered',
              date_trunc('millisecond', clock_timestamp()) + interval '123 microseconds'
         FROM generate_series(1, $3)`,
      [user.workspaceId, endpoint, count],
    );
  }

  describe('GET …/webhooks/endpoints', () => {
    beforeAll(async () => {
      for (let i = 0; i < 4; i++) await addEndpoint(owner);
      await addEndpoint(other);
    });

    it('walks every endpoint once, oldest first, while more are created', () =>
      expectWalkSeesEachOnce(endpoints(owner), async () => {
        await addEndpoint(owner);
      }));

    it('sends Link only while more follow', () => expectLinkOnlyBeforeTheEnd(endpoints(owner)));

    it("a cursor from another workspace's endpoints reveals none of them", async () => {
      const theirs = await getPage(endpoints(other), `${endpoints(other).path}?limit=1`);
      await expectForeignCursorRevealsNothing(endpoints(owner), cursorOf(theirs));
    });

    it("refuses another list's cursor and bad limits", async () => {
      await expectCursorsRefused(endpoints(owner), [
        encodeCursor('webhook-deliveries', ['1', randomUUID()]),
        encodeCursor('webhook-endpoints', ['1', 'not-a-uuid']),
        encodeCursor('webhook-endpoints', ['2026-12-03T10:00:00.000Z', randomUUID()]),
      ]);
      await expectBadLimitsRefused(endpoints(owner));
    });
  });

  describe('GET …/webhooks/endpoints/{id}/deliveries', () => {
    beforeAll(async () => {
      await logDeliveries(owner, endpointId, 3);
      await logDeliveries(owner, endpointId, 4);
      await logDeliveries(other, otherEndpointId, 3);
    });

    it('walks the log newest first, each delivery once, while more are logged', async () => {
      const list = deliveries(owner, endpointId);
      const before = await wholeList(list);
      const { ids } = await walk(list, 2, (index) =>
        index < 2 ? logDeliveries(owner, endpointId, 2) : Promise.resolve(),
      );
      // Newer deliveries land before the first page: the walk sees exactly the log as it was.
      expect(ids).toEqual(before);
      expect((await wholeList(list)).slice(-before.length)).toEqual(before);
    });

    it('pages within one shared timestamp by id', async () => {
      const rows: { id: string }[] = await web.app.get(DataSource).query(
        `SELECT id FROM webhooks.deliveries WHERE endpoint_id = $1
          ORDER BY created_at DESC, id DESC`,
        [endpointId],
      );
      expect((await walk(deliveries(owner, endpointId), 3)).ids).toEqual(rows.map((r) => r.id));
    });

    it('sends Link only while more follow', () =>
      expectLinkOnlyBeforeTheEnd(deliveries(owner, endpointId)));

    it("a cursor of another workspace's log only moves the page", async () => {
      const list = deliveries(other, otherEndpointId);
      const theirs = await getPage(list, `${list.path}?limit=1`);
      await expectForeignCursorRevealsNothing(deliveries(owner, endpointId), cursorOf(theirs));
    });

    it('another endpoint of another workspace is still a 404, cursor or not', async () => {
      const list = deliveries(owner, endpointId);
      const cursor = cursorOf(await getPage(list, `${list.path}?limit=1`));
      const response = await web.http
        .get(`${endpointsPath(owner.workspaceId)}/${otherEndpointId}/deliveries?cursor=${cursor}`)
        .set({ Authorization: `Bearer ${owner.token}` });
      expect(response.status).toBe(404);
    });

    it("refuses another list's cursor and bad limits", async () => {
      const endpointCursor = cursorOf(
        await getPage(endpoints(owner), `${endpoints(owner).path}?limit=1`),
      );
      await expectCursorsRefused(deliveries(owner, endpointId), [endpointCursor]);
      await expectBadLimitsRefused(deliveries(owner, endpointId));
    });
  });
});
