import { setTimeout as sleep } from 'node:timers/promises';

import { PASSWORD, signUp as signUpThrough } from '../harness/accounts';
import { apiOverUrl } from '../harness/api-client';
import { startCluster, type Cluster } from '../harness/cluster';
import { runJourney } from '../harness/user-journey';
import { StubServer } from '../support/stub-server';
import { type SendOptions, sendThrough } from './support/send-through';
import { waitFor } from '../support/wait-for';

/**
 * Two web and two worker processes behind a round-robin balancer: any request may land on any
 * instance. The balancer names the instance that answered in X-Upstream, so each test can show
 * that consecutive requests really went to different instances.
 */
describe('two web and two worker instances behind a round-robin balancer', () => {
  let cluster: Cluster;
  let slack: StubServer;

  beforeAll(async () => {
    slack = await StubServer.start({ status: 200, body: 'ok' });
    // Sign-ups and mails come from one loopback address; the default per-IP budget would bite.
    cluster = await startCluster({ web: 2, workers: 2, env: { RATE_LIMIT_PER_MINUTE: '5000' } });
  }, 120_000);
  afterAll(async () => {
    await cluster?.stop();
    await slack?.close();
  });

  const send = (path: string, options?: SendOptions) => sendThrough(cluster.url, path, options);
  // Through the balancer, unverified: logging in does not need the verification mail.
  const signUp = (label: string) =>
    signUpThrough(apiOverUrl(cluster.url), label, { verified: false });

  it('answers a whole user journey as a single instance does, each request on the other instance', async () => {
    const single = await runJourney({
      baseUrl: cluster.web[0].origin,
      slackWebhookUrl: `${slack.url}/services/T0/B0/single`,
      label: 'single',
    });
    const spread = await runJourney({
      baseUrl: cluster.url,
      slackWebhookUrl: `${slack.url}/services/T0/B0/spread`,
      label: 'spread',
    });

    expect(spread.answers.map((answer) => answer.step)).toContain('onboarding complete');
    expect(spread.answers).toEqual(single.answers);

    const upstreams = spread.requests.map((request) => request.upstream);
    expect(new Set(upstreams)).toEqual(new Set(['web-1', 'web-2']));
    const repeats = upstreams.filter(
      (upstream, index) => index > 0 && upstream === upstreams[index - 1],
    );
    expect(repeats).toEqual([]);
    expect(single.requests.every((request) => request.upstream === null)).toBe(true);

    // Completing the task told Slack once per journey, from whichever worker took the job (the
    // message is a job of its own: it may still be on its way when the journey ends).
    for (const path of ['/services/T0/B0/single', '/services/T0/B0/spread']) {
      await waitFor(`a Slack message at ${path}`, async () =>
        slack.requestsTo(path).length > 0 ? true : undefined,
      );
    }
    await sleep(500);
    expect(slack.requestsTo('/services/T0/B0/spread')).toHaveLength(1);
    expect(slack.requestsTo('/services/T0/B0/single')).toHaveLength(1);
  }, 120_000);

  it('replays an idempotent request on the other instance', async () => {
    const owner = await signUp('idempotent');
    const create = () =>
      send('/v1/workspaces', {
        method: 'POST',
        token: owner.token,
        headers: { 'idempotency-key': 'one-workspace-please' },
        json: { name: 'Made once' },
      });
    const first = await create();
    const replay = await create();

    expect(first.status).toBe(201);
    expect(replay.status).toBe(201);
    expect(replay.upstream).not.toBe(first.upstream);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toEqual(first.body);
    const workspaces = await send('/v1/workspaces', { token: owner.token });
    expect(workspaces.body.filter((w: { name: string }) => w.name === 'Made once')).toHaveLength(1);
  });

  it('counts failed logins on both instances against one limit', async () => {
    const user = await signUp('limited');
    const seen = new Set<string | null>();
    for (let attempt = 1; attempt <= 10; attempt++) {
      const failed = await send('/v1/auth/login', {
        method: 'POST',
        json: { email: user.email, password: `wrong-${attempt}-password` },
      });
      expect([attempt, failed.status]).toEqual([attempt, 401]);
      seen.add(failed.upstream);
    }
    expect(seen).toEqual(new Set(['web-1', 'web-2']));
    const blocked = await send('/v1/auth/login', {
      method: 'POST',
      json: { email: user.email, password: PASSWORD },
    });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('refuses a session on one instance at once after it is revoked on the other', async () => {
    const user = await signUp('revoked');
    const before = await send('/v1/me', { token: user.token });
    expect(before.status).toBe(200);

    const logout = await send('/v1/auth/logout', { method: 'POST', token: user.token });
    expect(logout.status).toBe(204);
    const after = await send('/v1/me', { token: user.token });

    expect(after.upstream).not.toBe(logout.upstream);
    expect(after.status).toBe(401);
  });
});
