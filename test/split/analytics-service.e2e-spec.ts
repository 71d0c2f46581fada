import { RabbitMqNames } from '../../src/infrastructure/events/rabbitmq-topology';
import { type SignedInUser, signUp } from '../harness/accounts';
import { runAnalyticsJourney } from '../harness/analytics-journey';
import { apiOverUrl } from '../harness/api-client';
import { startCluster, type Cluster } from '../harness/cluster';
import type { JourneyResult } from '../harness/user-journey';
import { spellingsOf } from '../support/path-spellings';
import { deleteRabbitMqTopology, messagesIn } from '../support/rabbitmq-cleanup';
import { rawRequest } from '../support/raw-http';
import { testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';

const ANALYTICS_CONSUMERS = [
  'analytics.activity',
  'analytics.task-facts',
  'analytics.activity-log',
];
// Sign-ups come from one loopback address; the default per-IP budget would bite.
const env = { RATE_LIMIT_PER_MINUTE: '5000' };

/**
 * The same analytics journey on today's deployment (one web, one worker, every module, events in
 * process) and with analytics split out: web and worker without it, analytics (src/services/analytics.ts) as its
 * own process on its own port, events over RabbitMQ, and the balancer sending the analytics paths
 * to it. Answers must be equal; killing the service must lose no event.
 */
describe('analytics as its own service behind the balancer', () => {
  const config = testConfig({ EVENT_TRANSPORT: 'rabbitmq' });
  let monolith: JourneyResult;
  /** Status per spelling of an analytics path, as the monolith answered. */
  const monolithStatuses = new Map<string, number>();
  let prober: SignedInUser;
  let cluster: Cluster;

  const spellings = () => {
    const ws = `/v1/workspaces/${prober.workspaceId}`;
    return [
      `${ws}/analytics/reports`,
      `${ws}/analytics/activity-log`,
      `${ws}/analytics/exports/00000000-0000-4000-8000-000000000000`,
    ].flatMap(spellingsOf);
  };
  const statusesThrough = async (origin: string) => {
    const port = Number(new URL(origin).port);
    const answers = new Map<string, { status: number; upstream: unknown }>();
    for (const target of spellings()) {
      const answer = await rawRequest(port, 'GET', target, {
        authorization: `Bearer ${prober.token}`,
      });
      answers.set(target, { status: answer.status, upstream: answer.headers['x-upstream'] });
    }
    return answers;
  };

  beforeAll(async () => {
    const single = await startCluster({ web: 1, workers: 1, env });
    try {
      monolith = await runAnalyticsJourney({ baseUrl: single.url, label: 'monolith' });
      prober = await signUp(apiOverUrl(single.url), 'spellings', { verified: false });
      for (const [target, { status }] of await statusesThrough(single.url)) {
        monolithStatuses.set(target, status);
      }
    } finally {
      await single.stop();
    }
    cluster = await startCluster({ web: 1, workers: 1, analytics: 1, env });
  }, 300_000);
  afterAll(async () => {
    await cluster?.stop();
    // The other modules' queues are left to the broker's cleanup, as in test/events.
    await deleteRabbitMqTopology(
      config.events.rabbitmqUrl,
      config.events.rabbitmqPrefix,
      ANALYTICS_CONSUMERS,
    ).catch(() => undefined);
  });

  it('gives the monolith’s answers, analytics paths answered by the analytics service', async () => {
    const split = await runAnalyticsJourney({ baseUrl: cluster.url, label: 'split' });

    expect(split.answers.map((answer) => answer.step)).toContain('download the pdf');
    expect(split.answers).toEqual(monolith.answers);
    for (const request of split.requests) {
      const expected = request.path.includes('/analytics') ? 'analytics-1' : 'web-1';
      expect([request.path, request.upstream]).toEqual([request.path, expected]);
    }
  }, 180_000);

  it('leaves analytics out of web: its routes are not registered there', async () => {
    const direct = await apiOverUrl(cluster.web[0].origin).request(
      'GET',
      `/v1/workspaces/${prober.workspaceId}/analytics/reports`,
      { token: prober.token },
    );
    expect(direct.status).toBe(404);
    const viaBalancer = await apiOverUrl(cluster.url).request(
      'GET',
      `/v1/workspaces/${prober.workspaceId}/analytics/reports`,
      { token: prober.token },
    );
    expect([viaBalancer.status, viaBalancer.headers['x-upstream']]).toEqual([200, 'analytics-1']);
  });

  it('answers every spelling of an analytics path as the monolith does', async () => {
    const split = await statusesThrough(cluster.url);
    const differences = [...split]
      .filter(([target, { status }]) => monolithStatuses.get(target) !== status)
      .map(([target, { status, upstream }]) => ({
        target,
        monolith: monolithStatuses.get(target),
        split: status,
        upstream,
      }));
    expect(differences).toEqual([]);
    // Every spelling served (200) was served by the service: web has no analytics route.
    const served = [...split].filter(([, { status }]) => status === 200);
    expect(served.length).toBeGreaterThan(0);
    expect(new Set(served.map(([, { upstream }]) => upstream))).toEqual(new Set(['analytics-1']));
  }, 120_000);

  it('loses no event while the service is killed; its routes answer 503 until it is back', async () => {
    const api = apiOverUrl(cluster.url);
    const owner = await signUp(api, 'outage', { verified: false });
    const ws = `/v1/workspaces/${owner.workspaceId}`;
    const call = (method: string, path: string) =>
      api.request(method, path, { token: owner.token });
    const project = await api.request('POST', `${ws}/projects`, {
      token: owner.token,
      body: { name: 'Outage' },
    });
    const taskIds: string[] = [];
    for (const title of ['One', 'Two', 'Three']) {
      const task = await api.request('POST', `${ws}/projects/${project.body.id}/tasks`, {
        token: owner.token,
        body: { title },
      });
      taskIds.push(task.body.id);
    }
    const activity = `${ws}/analytics/activity?days=1`;
    await waitFor(
      'analytics to count the three tasks',
      async () =>
        (await call('GET', activity)).body?.totals?.tasksCreated === 3 ? true : undefined,
      60_000,
    );

    const service = cluster.instance('analytics-1');
    service.signal('SIGKILL');
    expect((await service.exited).signal).toBe('SIGKILL');

    const down = await call('GET', activity);
    expect(down.status).toBe(503);
    expect(Number(down.headers['retry-after'])).toBeGreaterThan(0);
    expect(down.headers['x-upstream']).toBeUndefined(); // the balancer's own answer
    for (const taskId of taskIds.slice(0, 2)) {
      expect((await call('POST', `${ws}/tasks/${taskId}/complete`)).status).toBe(200);
    }
    // The worker relayed both completions; they wait in the dead service's durable queues.
    const names = new RabbitMqNames(config.events.rabbitmqPrefix);
    await waitFor(
      'both completions to wait in analytics.task-facts',
      async () =>
        (await messagesIn(config.events.rabbitmqUrl, names.queue('analytics.task-facts'))) >= 2
          ? true
          : undefined,
      60_000,
    );
    expect((await call('GET', activity)).status).toBe(503);

    await cluster.restart('analytics-1');
    const totals = await waitFor(
      'the restarted service to apply both completions',
      async () => {
        const answer = await call('GET', activity);
        return answer.status === 200 && answer.body.totals.tasksCompleted === 2
          ? answer.body.totals
          : undefined;
      },
      60_000,
    );
    expect(totals).toMatchObject({ tasksCreated: 3, tasksCompleted: 2 });
    for (const consumer of ANALYTICS_CONSUMERS) {
      await waitFor(`${consumer} to be drained`, async () =>
        (await messagesIn(config.events.rabbitmqUrl, names.queue(consumer))) === 0
          ? true
          : undefined,
      );
    }
    const log = await call('GET', `${ws}/analytics/activity-log`);
    const entries = (Array.isArray(log.body) ? log.body : log.body.items) as { kind: string }[];
    expect(entries.filter((entry) => entry.kind.includes('completed'))).toHaveLength(2);
  }, 240_000);
});
