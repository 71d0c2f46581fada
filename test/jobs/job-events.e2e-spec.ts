import { JobEventStreams } from '../../src/infrastructure/queue/job-status/job-event-streams';
import { bearer, type SignedInUser, signUp } from '../harness/accounts';
import { testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { JobsWorld } from './support/jobs-world';

interface ServerSentEvent {
  event: string;
  data: unknown;
}

/** Splits an SSE body into its events; comment lines (": …") are returned apart. */
function parseEvents(text: string): { events: ServerSentEvent[]; comments: string[] } {
  const events: ServerSentEvent[] = [];
  const comments: string[] = [];
  for (const block of text.split('\n\n').filter(Boolean)) {
    const lines = block.split('\n');
    comments.push(...lines.filter((line) => line.startsWith(':')));
    const event = lines.find((line) => line.startsWith('event: '))?.slice(7);
    const data = lines.find((line) => line.startsWith('data: '))?.slice(6);
    if (event) events.push({ event, data: data === undefined ? undefined : JSON.parse(data) });
  }
  return { events, comments };
}

describe('GET /v1/jobs/{id}/events (Server-Sent Events)', () => {
  const config = testConfig({ RATE_LIMIT_PER_MINUTE: '100000' });
  let web: WebAppUnderTest;
  let world: JobsWorld;
  let streams: JobEventStreams;
  let baseUrl: string;
  let alice: SignedInUser;
  let bob: SignedInUser;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(config);
    await web.app.listen(0, '127.0.0.1');
    baseUrl = await web.app.getUrl();
    streams = web.app.get(JobEventStreams);
    world = new JobsWorld(web, config);
    world.startWorker();
    alice = await signUp(web.http, 'sse-alice');
    bob = await signUp(web.http, 'sse-bob');
  });
  afterAll(async () => {
    await world?.close();
    await web?.close();
  });

  const ofAlice = () => ({ workspaceId: alice.workspaceId, requestedBy: alice.id });
  const open = (id: string, token: string, signal?: AbortSignal) =>
    fetch(`${baseUrl}/v1/jobs/${id}/events`, { headers: bearer(token), signal });

  it('sends every progress step in order, then the completed status, then ends', async () => {
    const id = await world.enqueue('steps', { ...ofAlice(), stepMs: 300 });
    const response = await open(id, alice.token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(response.headers.get('x-request-id')).toBeTruthy();

    const text = await response.text(); // resolves only once the server ends the stream
    const { events } = parseEvents(text);
    const progress = events.filter((e) => e.event === 'progress').map((e) => e.data);
    expect(progress).toEqual(
      [10, 20, 30, 40, 50, 60, 70, 80, 90, 100].map((p) => ({ progress: p })),
    );
    expect(events.at(-1)).toEqual({
      event: 'completed',
      data: expect.objectContaining({ id, state: 'completed', progress: 100 }),
    });
    expect(events.filter((e) => e.event !== 'progress')).toHaveLength(1);
    await waitFor('the stream to be released', () =>
      streams.openStreams === 0 ? true : undefined,
    );
  });

  it('ends with a failed event when the job fails', async () => {
    const id = await world.enqueue('always-fails', ofAlice(), { attempts: 1 });
    const { events } = parseEvents(await (await open(id, alice.token)).text());
    expect(events.at(-1)).toEqual({
      event: 'failed',
      data: expect.objectContaining({
        id,
        state: 'failed',
        failedReason: 'the printer is on fire',
      }),
    });
  });

  it('ends at once for a job that has already finished', async () => {
    const id = await world.enqueue('steps', ofAlice());
    await web.http.get(`/v1/jobs/${id}?waitMs=10000`).set(bearer(alice.token));
    const { events } = parseEvents(await (await open(id, alice.token)).text());
    expect(events.map((e) => e.event)).toEqual(['progress', 'completed']);
  });

  it("refuses another workspace's job with problem+json before streaming", async () => {
    const id = await world.enqueue('steps', ofAlice());
    const response = await open(id, bob.token);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('sends heartbeat comments, and frees the stream when the client goes away', async () => {
    streams.heartbeatMs = 300;
    try {
      const id = await world.enqueue('steps', { ...ofAlice(), stepMs: 5_000 });
      const client = new AbortController();
      const response = await open(id, alice.token, client.signal);
      expect(streams.openStreams).toBe(1);
      const reader = response.body!.getReader();
      let received = '';
      await waitFor('a heartbeat comment', async () => {
        const { value } = await reader.read();
        received += Buffer.from(value ?? new Uint8Array()).toString();
        return received.includes(': heartbeat') ? true : undefined;
      });

      client.abort();
      await waitFor('the stream to be released', () =>
        streams.openStreams === 0 ? true : undefined,
      );
      // And it stays released: nothing keeps polling Redis for the gone client.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(streams.openStreams).toBe(0);
    } finally {
      streams.heartbeatMs = 15_000;
    }
  });
});

describe('job event streams at shutdown', () => {
  it('are ended, so closing the web app does not wait for their clients', async () => {
    const config = testConfig({ RATE_LIMIT_PER_MINUTE: '100000' });
    const web = await WebAppUnderTest.start(config);
    const world = new JobsWorld(web, config); // no worker: the job stays waiting
    try {
      await web.app.listen(0, '127.0.0.1');
      const user = await signUp(web.http, 'sse-shutdown');
      const id = await world.enqueue('steps', {
        workspaceId: user.workspaceId,
        requestedBy: user.id,
      });
      const response = await fetch(`${await web.app.getUrl()}/v1/jobs/${id}/events`, {
        headers: bearer(user.token),
      });
      expect(web.app.get(JobEventStreams).openStreams).toBe(1);
      const body = response.text();

      const started = Date.now();
      await web.close();
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(await body).toContain(': job events');
    } finally {
      await world.close();
    }
  });
});
