import { Webhook } from 'standardwebhooks';
import { DataSource } from 'typeorm';

import { newEventMetadata } from '../../src/common/correlation/new-event-metadata';
import { ConsumerRegistry } from '../../src/infrastructure/events/consumer-registry';
import { EventOutbox } from '../../src/infrastructure/events/event-outbox';
import { TaskCompletedV1 } from '../../src/modules/projects/contracts/task-completed.event';
import { FanOutConsumer } from '../../src/modules/webhooks/consumers/fan-out.consumer';
import { PUBLIC_EVENT_TYPES } from '../../src/modules/webhooks/domain/public-event-types';
import { RetrySchedule } from '../../src/modules/webhooks/domain/retry-schedule';
import { bearer, signUp, type SignedInUser } from '../harness/accounts';
import { StubServer } from '../support/stub-server';
import { testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { createEndpoint, endpointsPath } from './support/webhooks-api';
import { WebhooksWorker } from './support/webhooks-worker';

const COMPLETED = TaskCompletedV1.TYPE;
/** The production schedule's shape, compressed to milliseconds; no jitter so gaps are checkable. */
const WAITS_MS = [200, 400, 600];

interface Delivery {
  id: string;
  eventId: string;
  eventType: string;
  status: string;
  attempts: number;
  latencyMs: number | null;
  responseStatus: number | null;
  responseBody: string | null;
  lastError: string | null;
  nextAttemptAt: string | null;
}

describe('webhook deliveries (web + worker, stub receivers)', () => {
  const config = testConfig({
    WEBHOOK_ALLOWED_NETWORKS: '127.0.0.0/8',
    BREAKER_SETTINGS: '{"webhook":{"failureThreshold":3,"resetMs":1000}}',
  });
  let web: WebAppUnderTest;
  let worker: WebhooksWorker;
  let dataSource: DataSource;
  const stubs: StubServer[] = [];

  beforeAll(async () => {
    web = await WebAppUnderTest.start(config);
    worker = await WebhooksWorker.start(config, new RetrySchedule(WAITS_MS, 0));
    dataSource = web.app.get(DataSource);
  });
  afterAll(async () => {
    await Promise.all(stubs.map((stub) => stub.close()));
    await worker?.close();
    await web?.close();
  });

  async function stub(behaviour?: Parameters<typeof StubServer.start>[0]) {
    const started = await StubServer.start(behaviour);
    stubs.push(started);
    return started;
  }

  /** Publishes a task-completed event of the user's workspace the way a handler does. */
  async function publishCompleted(user: SignedInUser): Promise<TaskCompletedV1> {
    const event = new TaskCompletedV1(
      {
        taskId: '00000000-0000-4000-8000-0000000000aa',
        projectId: '00000000-0000-4000-8000-0000000000bb',
        assigneeId: null,
        completedAt: new Date().toISOString(),
      },
      newEventMetadata(user.workspaceId, user.id),
    );
    const outbox = web.app.get(EventOutbox);
    await dataSource.transaction((manager) => outbox.publish(manager, event));
    return event;
  }

  async function deliveriesOf(user: SignedInUser, endpointId: string): Promise<Delivery[]> {
    const response = await web.http
      .get(`${endpointsPath(user.workspaceId)}/${endpointId}/deliveries`)
      .set(bearer(user.token));
    expect(response.status).toBe(200);
    return response.body.items;
  }

  const endpointOf = async (user: SignedInUser, endpointId: string) =>
    (await web.http.get(`${endpointsPath(user.workspaceId)}/${endpointId}`).set(bearer(user.token)))
      .body;

  const settled = (user: SignedInUser, endpointId: string, count = 1) =>
    waitFor(`${count} settled deliveries`, async () => {
      const items = await deliveriesOf(user, endpointId);
      const done = items.filter((item) => item.status !== 'pending');
      return done.length >= count ? done : undefined;
    });

  it('fans out every public event type (webhooks.fan-out is registered for each)', () => {
    const registry = worker.app.get(ConsumerRegistry);
    expect(PUBLIC_EVENT_TYPES).toContain('identity.member.joined.v1');
    expect(PUBLIC_EVENT_TYPES).toContain(COMPLETED);
    for (const type of PUBLIC_EVENT_TYPES) {
      expect(registry.consumersOf(type).map((consumer) => consumer.name)).toContain(
        'webhooks.fan-out',
      );
    }
  });

  it('delivers a subscribed event once, signed so that standardwebhooks verifies it', async () => {
    const user = await signUp(web.http, 'deliver');
    const receiver = await stub({ status: 200, body: { ok: true } });
    const subscribed = await createEndpoint(web, user, {
      url: `${receiver.url}/subscribed`,
      eventTypes: [COMPLETED],
    });
    await createEndpoint(web, user, {
      url: `${receiver.url}/other-type`,
      eventTypes: ['projects.task.created.v1'],
    });
    await createEndpoint(web, user, {
      url: `${receiver.url}/disabled`,
      eventTypes: [COMPLETED],
      enabled: false,
    });

    const event = await publishCompleted(user);
    const [delivery] = await settled(user, subscribed.id);

    expect(delivery).toMatchObject({
      eventId: event.id,
      eventType: COMPLETED,
      status: 'delivered',
      attempts: 1,
      responseStatus: 200,
      responseBody: '{"ok":true}',
      lastError: null,
      nextAttemptAt: null,
    });
    expect(delivery.latencyMs).toEqual(expect.any(Number));
    expect(receiver.requests.map((request) => request.path)).toEqual(['/subscribed']);
    const [request] = receiver.requests;
    expect(request.headers['webhook-id']).toBe(event.id);
    expect(Math.abs(Number(request.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(
      30,
    );
    const verified = new Webhook(subscribed.secret).verify(request.body, {
      'webhook-id': String(request.headers['webhook-id']),
      'webhook-timestamp': String(request.headers['webhook-timestamp']),
      'webhook-signature': String(request.headers['webhook-signature']),
    });
    expect(verified).toMatchObject({
      id: event.id,
      type: COMPLETED,
      workspaceId: user.workspaceId,
      data: { taskId: event.payload.taskId },
    });
    expect(() =>
      new Webhook(subscribed.secret).verify(`${request.body} `, {
        ...(request.headers as Record<string, string>),
      }),
    ).toThrow();

    // The same event again (at-least-once transport): no second delivery, no second request.
    await dataSource.transaction((manager) => worker.app.get(FanOutConsumer).apply(event, manager));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await deliveriesOf(user, subscribed.id)).toHaveLength(1);
    expect(receiver.requests).toHaveLength(1);
  });

  it('signs with both secrets during a rotation', async () => {
    const user = await signUp(web.http, 'rotate');
    const receiver = await stub({ status: 204 });
    const endpoint = await createEndpoint(web, user, {
      url: `${receiver.url}/hook`,
      eventTypes: [COMPLETED],
    });
    const rotated = await web.http
      .post(`${endpointsPath(user.workspaceId)}/${endpoint.id}/rotate-secret`)
      .set(bearer(user.token));
    await publishCompleted(user);
    await settled(user, endpoint.id);
    const [request] = receiver.requests;
    const headers = {
      'webhook-id': String(request.headers['webhook-id']),
      'webhook-timestamp': String(request.headers['webhook-timestamp']),
      'webhook-signature': String(request.headers['webhook-signature']),
    };
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(() => new Webhook(endpoint.secret).verify(request.body, headers)).not.toThrow();
    expect(() => new Webhook(rotated.body.secret).verify(request.body, headers)).not.toThrow();
  });

  it('retries on the schedule (the breaker waits take no step), then gives up and disables', async () => {
    const user = await signUp(web.http, 'schedule');
    const receiver = await stub({ status: 500, body: 'x'.repeat(5_000) });
    const endpoint = await createEndpoint(web, user, {
      url: `${receiver.url}/down`,
      eventTypes: [COMPLETED],
    });
    await publishCompleted(user);
    const [delivery] = await settled(user, endpoint.id);

    expect(delivery.status).toBe('failed');
    expect(delivery.attempts).toBe(WAITS_MS.length + 1);
    expect(delivery.lastError).toMatch(/^gave up after 4 attempts; last: .*answered 500/);
    expect(delivery.responseStatus).toBe(500);
    expect(delivery.responseBody).toHaveLength(2048);
    expect(receiver.requests).toHaveLength(4);
    const gaps = receiver.requests
      .slice(1)
      .map((request, i) => request.at - receiver.requests[i].at);
    expect(gaps[0]).toBeGreaterThanOrEqual(WAITS_MS[0] - 20);
    expect(gaps[1]).toBeGreaterThanOrEqual(WAITS_MS[1] - 20);
    // After 3 failures the breaker is open (resetMs 1000): the 4th attempt waits for it.
    expect(gaps[2]).toBeGreaterThanOrEqual(900);
    expect(gaps.every((gap) => gap < 5_000)).toBe(true);

    const after = await endpointOf(user, endpoint.id);
    expect(after.enabled).toBe(false);
    expect(after.disabledReason).toMatch(
      /^every delivery failed since .* \(last: .*answered 500\)/,
    );
  });

  it('a 410 Gone disables the endpoint at once; later events are not delivered', async () => {
    const user = await signUp(web.http, 'gone');
    const receiver = await stub({ status: 410 });
    const endpoint = await createEndpoint(web, user, {
      url: `${receiver.url}/gone`,
      eventTypes: [COMPLETED],
    });
    await publishCompleted(user);
    const [delivery] = await settled(user, endpoint.id);
    expect(delivery).toMatchObject({ status: 'failed', attempts: 1, responseStatus: 410 });
    expect(delivery.lastError).toMatch(/410 Gone/);
    const after = await endpointOf(user, endpoint.id);
    expect(after).toMatchObject({ enabled: false });
    expect(after.disabledReason).toMatch(/answered 410 Gone/);

    await publishCompleted(user);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await deliveriesOf(user, endpoint.id)).toHaveLength(1);
    expect(receiver.requests).toHaveLength(1);
  });

  it('sends a test event to that endpoint only, and redelivers on request', async () => {
    const user = await signUp(web.http, 'test-event');
    const receiver = await stub({ status: 200 });
    const target = await createEndpoint(web, user, {
      url: `${receiver.url}/target`,
      eventTypes: [COMPLETED],
    });
    await createEndpoint(web, user, { url: `${receiver.url}/bystander`, eventTypes: [COMPLETED] });
    const sent = await web.http
      .post(`${endpointsPath(user.workspaceId)}/${target.id}/test`)
      .set(bearer(user.token));
    expect(sent.status).toBe(202);
    const [delivery] = await settled(user, target.id);
    expect(delivery).toMatchObject({
      id: sent.body.deliveryId,
      eventType: 'webhooks.test.v1',
      status: 'delivered',
    });
    expect(receiver.requests.map((request) => request.path)).toEqual(['/target']);
    expect(JSON.parse(receiver.requests[0].body)).toMatchObject({ type: 'webhooks.test.v1' });

    const redelivered = await web.http
      .post(`${endpointsPath(user.workspaceId)}/${target.id}/deliveries/${delivery.id}/redeliver`)
      .set(bearer(user.token));
    expect(redelivered.status).toBe(202);
    await waitFor('the redelivery', () => (receiver.requests.length === 2 ? true : undefined));
    const [again] = await settled(user, target.id);
    expect(again).toMatchObject({ status: 'delivered', attempts: 2 });
    expect(receiver.requests[1].headers['webhook-id']).toBe(
      receiver.requests[0].headers['webhook-id'],
    );
    expect(() =>
      new Webhook(target.secret).verify(receiver.requests[1].body, {
        ...(receiver.requests[1].headers as Record<string, string>),
      }),
    ).not.toThrow();
  });

  it('does not follow a redirect to a private address: the 302 is a failed attempt', async () => {
    const user = await signUp(web.http, 'redirect');
    const receiver = await stub({ status: 302, headers: { location: 'http://10.0.0.1/' } });
    const endpoint = await createEndpoint(web, user, {
      url: `${receiver.url}/moved`,
      eventTypes: [COMPLETED],
    });
    await publishCompleted(user);
    const [delivery] = await waitFor('the first attempt', async () => {
      const items = await deliveriesOf(user, endpoint.id);
      return items[0]?.attempts >= 1 ? items : undefined;
    });
    expect(delivery.responseStatus).toBe(302);
    expect(delivery.lastError).toBe('answered 302 to http://10.0.0.1/: redirects are not followed');
    expect(receiver.requests.every((request) => request.path === '/moved')).toBe(true);
    await disable(user, endpoint.id);
  });

  it('fails a delivery whose URL now points at a forbidden address, naming why', async () => {
    const user = await signUp(web.http, 'rebound');
    const receiver = await stub({ status: 200 });
    const endpoint = await createEndpoint(web, user, {
      url: `${receiver.url}/hook`,
      eventTypes: [COMPLETED],
    });
    // As if the host's DNS had changed since the endpoint was created: the worker vets again.
    await dataSource.query(`UPDATE webhooks.endpoints SET url = $2 WHERE id = $1`, [
      endpoint.id,
      'http://169.254.169.254/latest/meta-data/',
    ]);
    await publishCompleted(user);
    const [delivery] = await waitFor('the first attempt', async () => {
      const items = await deliveriesOf(user, endpoint.id);
      return items[0]?.attempts >= 1 ? items : undefined;
    });
    expect(delivery.lastError).toBe(
      'Webhook URL refused: 169.254.169.254 is a cloud metadata address.',
    );
    expect(delivery.responseStatus).toBeNull();
    expect(receiver.requests).toHaveLength(0);
    await disable(user, endpoint.id);
  });

  it("keeps one dead endpoint's breaker from delaying another endpoint's deliveries", async () => {
    const user = await signUp(web.http, 'isolation');
    const dead = await stub({ reset: true });
    const healthy = await stub({ status: 200 });
    const deadEndpoint = await createEndpoint(web, user, {
      url: `${dead.url}/dead`,
      eventTypes: [COMPLETED],
    });
    const healthyEndpoint = await createEndpoint(web, user, {
      url: `${healthy.url}/alive`,
      eventTypes: [COMPLETED],
    });
    for (let i = 0; i < 6; i++) await publishCompleted(user);
    // Each delivered on its first attempt: the dead endpoint's failures and open breaker never put
    // the healthy endpoint's deliveries on a retry schedule (no timed assertion: the machine's
    // speed varies, the number of attempts does not).
    const healthyDeliveries = await settled(user, healthyEndpoint.id, 6);
    expect(healthyDeliveries.map((item) => item.attempts)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(healthy.requests).toHaveLength(6);

    const deadDeliveries = await waitFor('the dead endpoint to be cut off', async () => {
      const items = await deliveriesOf(user, deadEndpoint.id);
      return items.some((item) => /circuit breaker is open/.test(item.lastError ?? ''))
        ? items
        : undefined;
    });
    expect(deadDeliveries).toHaveLength(6);
    // Six events, but the breaker opened after three failures: calls already running in the
    // worker's concurrent slots when it opened still go out, the rest never do.
    expect(dead.requests.length).toBeLessThan(6);
    await disable(user, deadEndpoint.id);
  });

  async function disable(user: SignedInUser, endpointId: string) {
    await web.http
      .patch(`${endpointsPath(user.workspaceId)}/${endpointId}`)
      .set(bearer(user.token))
      .send({ enabled: false });
  }
});
