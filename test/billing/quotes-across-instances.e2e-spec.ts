import { bearer, signUp, type SignedInUser } from '../harness/accounts';
import { StubServer } from '../support/stub-server';
import { adminAuthorization, testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';
import { WebAppUnderTest } from '../support/web-app-under-test';

/**
 * Two web instances sharing Redis: once one has opened the FX breaker against a dead FX API, the
 * other answers quotes from the last known rates (the seeded ones) without calling FX at all.
 */
describe('quotes while FX is dead, across two web instances', () => {
  let fx: StubServer;
  let first: WebAppUnderTest;
  let second: WebAppUnderTest;
  let user: SignedInUser;

  beforeAll(async () => {
    fx = await StubServer.start({ status: 500, body: { message: 'down' } });
    const config = testConfig({
      FX_API_URL: fx.url,
      BREAKER_SETTINGS: JSON.stringify({
        'fx-rates': { failureThreshold: 3, resetMs: 60_000, timeoutMs: 500 },
      }),
    });
    [first, second] = await Promise.all([
      WebAppUnderTest.start(config),
      WebAppUnderTest.start(config),
    ]);
    user = await signUp(first.http, 'quotes-fleet');
  });
  afterAll(async () => {
    await Promise.all([first?.close(), second?.close()]);
    await fx?.close();
  });

  const quote = (web: WebAppUnderTest, currency: string) =>
    web.http.get(`/v1/billing/quote?plan=team&currency=${currency}`).set(bearer(user.token));

  it('the second instance serves the last known rate without one request to the dead FX API', async () => {
    // The first instance meets the dead API until its breaker opens (3 failures, one retry each).
    await waitFor('the FX breaker to open on the first instance', async () => {
      const answer = await quote(first, 'EUR');
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ stale: true, source: 'last-known' });
      const health = await first.http
        .get('/health/ready')
        .set('Authorization', adminAuthorization(first.config));
      return health.body.details.breakers['fx-rates'] === 'open' ? true : undefined;
    });
    await waitFor('the second instance to learn of it', async () => {
      const health = await second.http
        .get('/health/ready')
        .set('Authorization', adminAuthorization(second.config));
      return health.body.details.breakers['fx-rates'] === 'open' ? true : undefined;
    });
    const reached = fx.requests.length;
    expect(reached).toBeGreaterThanOrEqual(3);

    // Currencies the second instance never asked for: without the shared breaker each would call FX.
    // No timing here (it flaked on a slow machine, and timings belong in bench/): the request count
    // below is what proves that no quote waited on the FX API.
    for (const currency of ['GBP', 'JPY', 'CHF', 'CAD', 'AUD', 'SEK', 'EUR']) {
      const answer = await quote(second, currency);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ currency, stale: true, source: 'last-known' });
    }
    expect(fx.requests.length).toBe(reached);

    // Bad input is still a 400 while the fallback answers, and a currency never known is a 503.
    const bad = await quote(second, 'eur');
    expect(bad.status).toBe(400);
    const never = await quote(second, 'NOK');
    expect(never.status).toBe(503);
    expect(Number(never.headers['retry-after'])).toBeGreaterThan(0);
    expect(fx.requests.length).toBe(reached);
  });
});
