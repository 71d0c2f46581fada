import { randomUUID } from 'node:crypto';

import { DataSource } from 'typeorm';

import { newEventMetadata } from '../../src/common/correlation/new-event-metadata';
import type { DeliveryQueue } from '../../src/modules/webhooks/application/delivery-queue';
import { FanOutConsumer } from '../../src/modules/webhooks/consumers/fan-out.consumer';
import { TaskMovedV1 } from '../../src/modules/projects/contracts/task-moved.event';
import { bearer, signUp, type SignedInUser } from '../harness/accounts';
import { testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { createEndpoint, endpointsPath } from './support/webhooks-api';

const NEW_TYPES = [
  'projects.task.updated.v1',
  'projects.task.moved.v1',
  'projects.task.deleted.v1',
  'projects.project.updated.v1',
  'projects.project.archived.v1',
  'projects.project.unarchived.v1',
  'projects.project.deleted.v1',
  'projects.comment.created.v1',
  'projects.comment.edited.v1',
  'projects.comment.deleted.v1',
  'projects.label.created.v1',
  'projects.label.updated.v1',
  'projects.label.deleted.v1',
];

describe('webhooks: the lifecycle event types', () => {
  let web: WebAppUnderTest;
  let owner: SignedInUser;
  const PUBLIC_URL = 'http://93.184.216.34/hooks'; // an IP literal: no DNS in the test

  beforeAll(async () => {
    web = await WebAppUnderTest.start(testConfig({ WEBHOOK_ALLOWED_NETWORKS: '' }));
    owner = await signUp(web.http, 'hooks-lifecycle');
  });
  afterAll(() => web?.close());

  it('endpoints subscribe to every new type; answers keep v1’s enum in eventTypes', async () => {
    const types = ['projects.task.completed.v1', ...NEW_TYPES];
    const created = await createEndpoint(web, owner, { url: PUBLIC_URL, eventTypes: types });
    const got = await web.http
      .get(`${endpointsPath(owner.workspaceId)}/${created.id}`)
      .set(bearer(owner.token));
    for (const body of [created, got.body]) {
      // Old clients switch over eventTypes: only the first release's values appear there.
      expect(body.eventTypes).toEqual(['projects.task.completed.v1']);
      expect(body.subscribedEventTypes).toEqual(types);
    }
  });

  it('an unknown type is still refused (400 naming eventTypes)', async () => {
    const response = await web.http
      .post(endpointsPath(owner.workspaceId))
      .set(bearer(owner.token))
      .send({ url: PUBLIC_URL, eventTypes: ['projects.task.teleported.v1'] });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(
      'eventTypes',
    );
  });

  it('a task move becomes a delivery to the endpoints subscribed to it, carrying the payload', async () => {
    const user = await signUp(web.http, 'hooks-move');
    const moves = await createEndpoint(web, user, {
      url: PUBLIC_URL,
      eventTypes: ['projects.task.moved.v1'],
    });
    const other = await createEndpoint(web, user, {
      url: PUBLIC_URL,
      eventTypes: ['projects.task.completed.v1'],
    });
    const enqueued: string[] = [];
    const queue = {
      enqueue: async (id: string) => void enqueued.push(id),
    } as unknown as DeliveryQueue;
    const payload = {
      taskId: randomUUID(),
      fromProjectId: randomUUID(),
      toProjectId: randomUUID(),
    };
    const event = new TaskMovedV1(payload, newEventMetadata(user.workspaceId, user.id));
    const primary = web.app.get(DataSource);
    await new FanOutConsumer(queue).apply(event, primary.manager);

    const rows: { endpoint_id: string; event_type: string; body: string }[] = await primary.query(
      `SELECT endpoint_id, event_type, body FROM webhooks.deliveries WHERE event_id = $1`,
      [event.id],
    );
    expect(rows.map((row) => row.endpoint_id)).toEqual([moves.id]);
    expect(rows.map((row) => row.endpoint_id)).not.toContain(other.id);
    expect(rows[0].event_type).toBe('projects.task.moved.v1');
    expect(JSON.parse(rows[0].body)).toMatchObject({
      type: 'projects.task.moved.v1',
      data: payload,
    });
    expect(enqueued).toHaveLength(1);
  });
});
