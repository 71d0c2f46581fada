import { OutboundHttp } from '../../src/infrastructure/resilience/outbound-http';
import { StubServer } from '../support/stub-server';
import { adminAuthorization, testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';
import { WebAppUnderTest } from '../support/web-app-under-test';

/**
 * OutboundHttp against a stub, in two web instances sharing one Redis (as a fleet does): timeouts,
 * retries, the breaker opened by one instance honoured by the other, and one probe for the fleet.
 */
describe('outbound calls: timeouts, retries and breakers shared by the fleet', () => {
  const RESET_MS = 1_500;
  let stub: StubServer;
  let first: WebAppUnderTest;
  let second: WebAppUnderTest;

  beforeAll(async () => {
    stub = await StubServer.start({ status: 200, body: { ok: true } });
    const config = testConfig({
      BREAKER_SETTINGS: JSON.stringify({
        'fx-rates': { failureThreshold: 3, resetMs: RESET_MS, timeoutMs: 300, retries: 1 },
        slack: { failureThreshold: 3, resetMs: RESET_MS, timeoutMs: 300 },
      }),
    });
    [first, second] = await Promise.all([
      WebAppUnderTest.start(config),
      WebAppUnderTest.start(config),
    ]);
  });
  afterAll(async () => {
    await Promise.all([first?.close(), second?.close()]);
    await stub?.close();
  });
  beforeEach(() => {
    stub.requests.length = 0;
    stub.answer({ status: 200, body: { ok: true } });
  });

  const call = (web: WebAppUnderTest, dependency = 'fx-rates', path = '/latest') =>
    web.app.get(OutboundHttp).send({ dependency, method: 'GET', url: `${stub.url}${path}` });

  it('gives up on a hanging answer at the timeout, and retries an idempotent call once', async () => {
    stub.answer({ hang: true });
    const started = Date.now();
    await expect(call(first, 'slack')).rejects.toMatchObject({ kind: 'timeout' });
    expect(Date.now() - started).toBeLessThan(1_500);
    // slack has no retries; fx-rates has one: two requests for one call.
    stub.requests.length = 0;
    await expect(call(first)).rejects.toMatchObject({ kind: 'timeout' });
    expect(stub.requests).toHaveLength(2);
    // Two failures so far for each; one success resets the count before the next test.
    stub.answer({ status: 200, body: {} });
    await call(first, 'slack');
    await call(first);
  });

  it('returns 4xx answers to the caller without counting them as failures', async () => {
    stub.answer({ status: 404, body: { error: 'no_service' } });
    for (let i = 0; i < 5; i++) {
      await expect(call(first, 'slack')).resolves.toMatchObject({ status: 404 });
    }
    stub.answer({ status: 200, body: {} });
    await expect(call(first, 'slack')).resolves.toMatchObject({ status: 200 });
  });

  it('retries a POST never; a reset connection is a network failure', async () => {
    stub.answer({ reset: true });
    await expect(
      first.app
        .get(OutboundHttp)
        .send({ dependency: 'fx-rates', method: 'POST', url: `${stub.url}/x`, body: '{}' }),
    ).rejects.toMatchObject({ kind: 'network' });
    expect(stub.requests).toHaveLength(1);
    stub.answer({ status: 200, body: {} });
    await call(first);
  });

  it('once one instance opens the breaker, the other turns calls away without reaching the dependency', async () => {
    stub.answer({ status: 500, body: 'down' });
    // Threshold 3 consecutive failures; each call is tried twice (one retry), so the second
    // call's retry already finds the breaker open.
    await expect(call(first)).rejects.toMatchObject({ kind: 'status' });
    await expect(call(first)).rejects.toMatchObject({ kind: 'circuit-open' });
    expect(stub.requests).toHaveLength(3);
    await waitFor('the second instance to hear of the open breaker', async () => {
      const outcome = await call(second).catch((error: { kind: string }) => error.kind);
      return outcome === 'circuit-open' ? true : undefined;
    });
    const reached = stub.requests.length;
    for (let i = 0; i < 10; i++) {
      await expect(call(second)).rejects.toMatchObject({ kind: 'circuit-open' });
      await expect(call(first)).rejects.toMatchObject({ kind: 'circuit-open' });
    }
    expect(stub.requests.length).toBe(reached);
    const health = await second.http
      .get('/health/ready')
      .set('Authorization', adminAuthorization(second.config));
    expect(health.status).toBe(200);
    expect(health.body.status).toBe('degraded');
    expect(health.body.details.breakers).toMatchObject({ status: 'degraded', 'fx-rates': 'open' });

    // After the reset time, with the dependency back: the fleet sends one probe, then all close.
    stub.answer({ status: 200, body: { ok: true } });
    await new Promise((resolve) => setTimeout(resolve, RESET_MS + 100));
    const before = stub.requests.length;
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        call(i % 2 ? first : second).then(
          () => 'ok',
          (error: { kind: string }) => error.kind,
        ),
      ),
    );
    expect(stub.requests.length - before).toBe(1);
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(1);
    await waitFor('both instances closed', async () => {
      const both = await Promise.all([call(first), call(second)]).catch(() => undefined);
      return both ? true : undefined;
    });
    const metrics = await second.http
      .get('/metrics')
      .set('Authorization', adminAuthorization(second.config));
    expect(metrics.text).toMatch(/tenfold_breaker_rejections_total\{dependency="fx-rates"\} [1-9]/);
    expect(metrics.text).toMatch(/tenfold_breaker_state\{dependency="fx-rates"\} 0/);
  });
});
