import { NotificationStreams } from '../../src/modules/notifications/live/notification-streams';
import { bearer, type SignedInUser, signUp } from '../harness/accounts';
import { testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { WorkerAppUnderTest } from '../support/worker-app-under-test';
import { InboxWorld, type Owner } from './support/inbox-world';
import { SseClient } from './support/sse-client';

/**
 * GET /v1/me/notifications/stream over two web instances sharing Redis and one worker
 * (docs/NOTIFICATIONS.md, "Live delivery"): the item is made through one instance and streamed
 * from the other; resume with Last-Event-ID; the per-user cap; logout; shutdown.
 */
describe('live notifications over Server-Sent Events', () => {
  const config = testConfig({
    RATE_LIMIT_PER_MINUTE: '100000',
    NOTIFICATION_STREAMS_PER_USER: '3',
    NOTIFICATION_STREAM_HEARTBEAT_MS: '200',
  });
  let first: WebAppUnderTest;
  let second: WebAppUnderTest;
  let worker: WorkerAppUnderTest;
  let urls: string[];
  let world: InboxWorld;
  const clients: SseClient[] = [];

  beforeAll(async () => {
    [first, second] = await Promise.all([
      WebAppUnderTest.start(config),
      WebAppUnderTest.start(config),
    ]);
    urls = [];
    for (const web of [first, second]) {
      await web.app.listen(0, '127.0.0.1');
      urls.push(await web.app.getUrl());
    }
    worker = await WorkerAppUnderTest.start(config);
    world = new InboxWorld(first);
  });
  afterEach(async () => {
    clients.splice(0).forEach((client) => client.close());
    for (const web of [first, second]) {
      await waitFor('the streams to end', () =>
        web.app.get(NotificationStreams).openStreams === 0 ? true : undefined,
      );
    }
  });
  afterAll(async () => {
    await worker?.close();
    await Promise.all([first?.close(), second?.close()]);
  });

  const newOwner = async (label: string): Promise<Owner> => {
    const owner = await signUp(first.http, label);
    const project = await first.http
      .post(`/v1/workspaces/${owner.workspaceId}/projects`)
      .set(bearer(owner.token))
      .send({ name: `${label} project` });
    await world.knownMember(owner.workspaceId, owner.id);
    return { ...owner, projectId: project.body.id };
  };
  /** Opens the user's stream on instance `n` (0: first, 1: second). */
  async function stream(
    user: SignedInUser,
    n: number,
    headers: Record<string, string> = {},
  ): Promise<SseClient> {
    const client = await SseClient.open(`${urls[n]}/v1/me/notifications/stream`, {
      ...bearer(user.token),
      ...headers,
    });
    clients.push(client);
    return client;
  }
  async function opened(user: SignedInUser, n: number, headers?: Record<string, string>) {
    const client = await stream(user, n, headers);
    expect(client.response.status).toBe(200);
    expect(client.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    // The first comment is written once the stream follows the user's channel.
    await waitFor('the stream to start', () =>
      client.comments.includes('notifications') ? true : undefined,
    );
    return client;
  }

  it('streams an item made through one instance from the other, as the list shows it', async () => {
    const owner = await newOwner('live-owner');
    const ana = await world.member(owner, 'live-ana');
    const client = await opened(ana, 1);

    const task = await world.createTask(owner, 'Live one', ana.id);
    const [event] = await client.notifications(1);
    const [listed] = await world.itemsOf(ana, 1);
    expect(event.id).toBe(listed.id);
    expect(JSON.parse(event.data)).toEqual(listed);
    expect(listed).toMatchObject({ kind: 'assigned', taskId: task });
    // The latency from the item's commit (its created_at is at most that) to this client.
    const latencyMs = event.receivedAt - new Date(listed.createdAt).getTime();
    console.log(`live notification latency: ${latencyMs} ms (created_at to received)`);
    // Heartbeats follow at NOTIFICATION_STREAM_HEARTBEAT_MS.
    await waitFor('a heartbeat', () => (client.comments.includes('heartbeat') ? true : undefined));
    expect(client.events.filter((e) => e.event === 'notification')).toHaveLength(1);
  });

  it('replays exactly what was missed after Last-Event-ID, in order, then goes live', async () => {
    const owner = await newOwner('live-resume');
    const ben = await world.member(owner, 'live-ben');
    const before = await opened(ben, 0);
    await world.createTask(owner, 'Seen', ben.id);
    const [seen] = await before.notifications(1);
    before.close();
    await waitFor('the stream to end', () =>
      first.app.get(NotificationStreams).openStreams === 0 ? true : undefined,
    );

    const missed = [];
    for (const title of ['Missed 1', 'Missed 2', 'Missed 3']) {
      missed.push(await world.createTask(owner, title, ben.id));
    }
    await world.itemsOf(ben, 4);
    const after = await opened(ben, 1, { 'last-event-id': seen.id ?? '' });
    const replayed = await after.notifications(3);
    // Exactly the missed ones, in the inbox's order (its ids): the relay's delivery order across
    // passes is best effort (docs/EVENTS.md), so the items need not follow the tasks' creation.
    expect(replayed.map((e) => JSON.parse(e.data).taskId).sort()).toEqual([...missed].sort());
    const ids = replayed.map((e) => BigInt(e.id ?? '0'));
    expect([...ids].sort((a, b) => (a < b ? -1 : 1))).toEqual(ids);

    const live = await world.createTask(owner, 'Live after resume', ben.id);
    const all = await after.notifications(4);
    expect(JSON.parse(all[3].data).taskId).toBe(live);
    expect(all).toHaveLength(4);
  });

  it('caps open streams per user across instances, with Retry-After', async () => {
    const owner = await newOwner('live-cap');
    await opened(owner, 0);
    await opened(owner, 1);
    await opened(owner, 0);
    const refused = await stream(owner, 1);
    expect(refused.response.status).toBe(429);
    expect(Number(refused.response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.response.json()).toMatchObject({
      type: 'urn:tenfold:problem:too-many-notification-streams',
      limit: 3,
    });
    // Another user is not affected.
    const other = await signUp(first.http, 'live-cap-other');
    await opened(other, 1);
  });

  it('refuses a malformed Last-Event-ID and a missing token before any stream starts', async () => {
    const user = await signUp(first.http, 'live-bad');
    for (const bad of ['abc', '-1', '1.5', '99999999999999999999', '1\u0000']) {
      const client = await stream(user, 0, { 'last-event-id': bad }).catch(() => undefined);
      // fetch itself refuses a NUL in a header: nothing reached the server.
      if (!client) continue;
      expect(client.response.status).toBe(400);
      expect(await client.response.json()).toMatchObject({
        type: 'urn:tenfold:problem:invalid-last-event-id',
      });
    }
    const anonymous = await fetch(`${urls[0]}/v1/me/notifications/stream`);
    expect(anonymous.status).toBe(401);
  });

  it("never streams another user's items", async () => {
    const owner = await newOwner('live-own');
    const cara = await world.member(owner, 'live-cara');
    const dan = await world.member(owner, 'live-dan');
    const caras = await opened(cara, 0);
    const dans = await opened(dan, 1, { 'last-event-id': '1' });
    await world.createTask(owner, 'For Cara', cara.id);
    await caras.notifications(1);
    await world.createTask(owner, 'For Dan', dan.id);
    const [forDan] = await dans.notifications(1);
    expect(JSON.parse(forDan.data)).toMatchObject({ subject: { taskTitle: 'For Dan' } });
    expect(dans.events.filter((e) => e.event === 'notification')).toHaveLength(1);
    expect(caras.events.filter((e) => e.event === 'notification')).toHaveLength(1);
  });

  it('ends the stream within a heartbeat of a logout', async () => {
    const user = await signUp(first.http, 'live-logout');
    const client = await opened(user, 1);
    expect((await first.http.post('/v1/auth/logout').set(bearer(user.token))).status).toBe(204);
    await client.eventNamed('session-ended');
    await client.untilEnded();
  });

  it('ends its streams with a reconnect event when an instance shuts down', async () => {
    const third = await WebAppUnderTest.start(config);
    await third.app.listen(0, '127.0.0.1');
    const user = await signUp(first.http, 'live-drain');
    const client = await SseClient.open(`${await third.app.getUrl()}/v1/me/notifications/stream`, {
      ...bearer(user.token),
    });
    clients.push(client);
    await waitFor('the stream to start', () =>
      client.comments.includes('notifications') ? true : undefined,
    );
    const started = Date.now();
    await third.close();
    expect(Date.now() - started).toBeLessThan(10_000);
    await client.eventNamed('reconnect');
    await client.untilEnded();
    // Its slot was given back: the user can open as many again.
    for (const n of [0, 1, 0]) await opened(user, n);
  });
});
