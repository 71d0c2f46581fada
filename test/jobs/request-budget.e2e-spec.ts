import { randomUUID } from 'node:crypto';

import { MetricsRegistry } from '../../src/infrastructure/observability/metrics/metrics-registry';
import { CapturedOutput } from '../notifications/support/captured-output';
import { bearer, type SignedInUser, signUp } from '../harness/accounts';
import { testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { JobsWorld } from './support/jobs-world';

/** Handler time per route pattern, and a warning for a request over REQUEST_BUDGET_MS. */
describe('the request-time budget', () => {
  const config = testConfig({ LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000' });
  let output: CapturedOutput;
  let web: WebAppUnderTest;
  let world: JobsWorld;
  let alice: SignedInUser;

  beforeAll(async () => {
    output = CapturedOutput.start();
    web = await WebAppUnderTest.start(config);
    world = new JobsWorld(web, config); // no worker: its jobs stay waiting
    alice = await signUp(web.http, 'budget-alice');
  });
  afterAll(async () => {
    await world?.close();
    await web?.close();
    output?.stop();
  });

  const budgetWarnings = () => output.lines().filter((line) => line.context === 'RequestBudget');
  const handlerCounts = async () =>
    (await web.app.get(MetricsRegistry).getSingleMetricAsString('tenfold_http_handler_seconds'))
      .split('\n')
      .filter((line) => line.startsWith('tenfold_http_handler_seconds_count'));

  it('defaults to 200 ms', () => {
    expect(config.http.requestBudgetMs).toBe(200);
    expect(testConfig({ REQUEST_BUDGET_MS: '50' }).http.requestBudgetMs).toBe(50);
    expect(() => testConfig({ REQUEST_BUDGET_MS: '0' })).toThrow(/REQUEST_BUDGET_MS/);
  });

  it('warns naming the route pattern when a handler runs over, and counts it', async () => {
    const id = await world.enqueue('steps', {
      workspaceId: alice.workspaceId,
      requestedBy: alice.id,
    });
    const before = budgetWarnings().length;

    // A fast request on the same route: counted, no warning.
    const fast = await web.http.get(`/v1/jobs/system.${randomUUID()}`).set(bearer(alice.token));
    expect(fast.status).toBe(404);
    expect(budgetWarnings()).toHaveLength(before);

    // Long-polling a job nobody runs keeps the handler busy past the 200 ms budget.
    const slow = await web.http.get(`/v1/jobs/${id}?waitMs=400`).set(bearer(alice.token));
    expect(slow.status).toBe(200);

    const warnings = budgetWarnings().slice(before);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      level: 40,
      route: '/v1/jobs/:id',
      method: 'GET',
      budgetMs: 200,
      durationMs: expect.any(Number),
    });
    expect(warnings[0].durationMs).toBeGreaterThanOrEqual(400);
    expect(String(warnings[0].msg)).toContain('GET /v1/jobs/:id');
    // The pattern, never the URL (the request's own URL is pino-http's `req` context).
    expect(String(warnings[0].msg)).not.toContain(id);
    expect(warnings[0].route).not.toContain(id);

    expect(await handlerCounts()).toContain(
      'tenfold_http_handler_seconds_count{route="/v1/jobs/:id",method="GET"} 2',
    );
    const overBudgetBucket = (
      await web.app.get(MetricsRegistry).getSingleMetricAsString('tenfold_http_handler_seconds')
    )
      .split('\n')
      .find((line) =>
        line.startsWith('tenfold_http_handler_seconds_bucket{le="0.2",route="/v1/jobs/:id"'),
      );
    expect(overBudgetBucket).toMatch(/ 1$/); // only the fast one within 200 ms
  });
});
