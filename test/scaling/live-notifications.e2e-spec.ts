import { bearer, signedIn, signUp as signUpThrough, type SignedInUser } from '../harness/accounts';
import { apiOverUrl } from '../harness/api-client';
import { startCluster, type Cluster } from '../harness/cluster';
import { SseClient } from '../notifications/support/sse-client';
import { type SendOptions, sendThrough } from './support/send-through';
import { waitFor } from '../support/wait-for';

const SINK_API = process.env.SMTP_SINK_API ?? 'http://127.0.0.1:58025';

/**
 * Live notifications over two web processes and two workers (docs/NOTIFICATIONS.md, "Live
 * delivery"; docs/SCALING.md): the client streams straight from web-2 while what causes the
 * notification goes through web-1 and a worker consumes it; the cap holds across instances; stopping
 * web-2 ends its streams with a `reconnect` event.
 */
describe('live notifications across instances', () => {
  let cluster: Cluster;
  const clients: SseClient[] = [];

  beforeAll(async () => {
    cluster = await startCluster({
      web: 2,
      workers: 2,
      env: { RATE_LIMIT_PER_MINUTE: '5000', NOTIFICATION_STREAMS_PER_USER: '5' },
    });
  }, 120_000);
  afterEach(() => clients.splice(0).forEach((client) => client.close()));
  afterAll(async () => {
    await cluster?.stop();
  });

  const web = (name: string) => cluster.instance(name).origin;
  const send = (name: string, path: string, options?: SendOptions) =>
    sendThrough(web(name), path, options);
  const signUp = (label: string) => signUpThrough(apiOverUrl(cluster.url), label);
  async function stream(user: SignedInUser, name: string): Promise<SseClient> {
    const client = await SseClient.open(`${web(name)}/v1/me/notifications/stream`, {
      ...bearer(user.token),
    });
    clients.push(client);
    return client;
  }
  async function opened(user: SignedInUser, name: string): Promise<SseClient> {
    const client = await stream(user, name);
    expect(client.response.status).toBe(200);
    await waitFor('the stream to start', () =>
      client.comments.includes('notifications') ? true : undefined,
    );
    return client;
  }
  async function invitationToken(address: string): Promise<string> {
    return waitFor('the invitation mail', async () => {
      const response = await fetch(`${SINK_API}/messages?to=${encodeURIComponent(address)}`);
      const mails = (await response.json()) as { text?: string }[];
      const pattern = /invitation token: ([A-Za-z0-9_-]{43})/;
      return mails.map((mail) => pattern.exec(mail.text ?? '')?.[1]).find(Boolean);
    });
  }

  it('pushes what a worker made from a request on web-1 to the stream held by web-2', async () => {
    const owner = await signUp('live-cluster-owner');
    const colleague = await signUp('live-cluster-colleague');
    const owners = await opened(owner, 'web-2');

    const ws = `/v1/workspaces/${owner.workspaceId}`;
    const invited = await send('web-1', `${ws}/invitations`, {
      method: 'POST',
      token: owner.token,
      json: { email: colleague.email, role: 'member' },
    });
    expect(invited.status).toBe(201);
    const token = await invitationToken(colleague.email);
    const accepted = await send('web-1', '/v1/invitations/accept', {
      method: 'POST',
      token: colleague.token,
      json: { token },
    });
    expect(accepted.status).toBe(200);

    const [event] = await owners.notifications(1);
    const item = JSON.parse(event.data);
    expect(item).toMatchObject({ kind: 'invitation-accepted', workspaceId: owner.workspaceId });
    const listed = await send('web-1', '/v1/me/notifications', { token: owner.token });
    expect((listed.body as { items: unknown[] }).items[0]).toEqual(item);
    const latencyMs = event.receivedAt - new Date(item.createdAt).getTime();
    console.log(`live notification latency across instances: ${latencyMs} ms`);

    // The colleague, now a member (a fresh session carries it), hears of a task assigned to them.
    const member = await signedIn(apiOverUrl(cluster.url), colleague.email);
    const members = await opened(member, 'web-2');
    const project = await send('web-1', `${ws}/projects`, {
      method: 'POST',
      token: owner.token,
      json: { name: 'Live' },
    });
    const task = await send(
      'web-1',
      `${ws}/projects/${(project.body as { id: string }).id}/tasks`,
      {
        method: 'POST',
        token: owner.token,
        json: { title: 'For the colleague', assigneeId: member.id },
      },
    );
    expect(task.status).toBe(201);
    const [assigned] = await members.notifications(1);
    expect(JSON.parse(assigned.data)).toMatchObject({
      kind: 'assigned',
      taskId: (task.body as { id: string }).id,
    });
    // Two workers heard each NOTIFY: still one event per item.
    expect(owners.events.filter((e) => e.event === 'notification')).toHaveLength(1);
  }, 60_000);

  it('caps one user at 5 streams over both instances', async () => {
    const user = await signUp('live-cluster-cap');
    for (const name of ['web-1', 'web-2', 'web-1', 'web-2', 'web-1']) await opened(user, name);
    const refused = await stream(user, 'web-2');
    expect(refused.response.status).toBe(429);
    expect(refused.response.headers.get('retry-after')).toBe('5');
  }, 60_000);

  it('ends the streams of a web instance that stops, telling clients to reconnect', async () => {
    const user = await signUp('live-cluster-drain');
    const held = [await opened(user, 'web-2'), await opened(user, 'web-2')];
    const exit = await cluster.instance('web-2').stop();
    expect(exit.code).toBe(0);
    for (const client of held) {
      await client.eventNamed('reconnect');
      await client.untilEnded();
    }
    // web-1 still serves the same user.
    await opened(user, 'web-1');
  }, 60_000);
});
