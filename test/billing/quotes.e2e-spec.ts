import { setTimeout as sleep } from 'node:timers/promises';

import type Redis from 'ioredis';
import { DataSource } from 'typeorm';

import { REDIS } from '../../src/infrastructure/redis/redis.tokens';
import { freshRateKey, lastKnownRateKey } from '../../src/modules/billing/persistence/fx-rate-keys';
import { bearer, signUp, type SignedInUser } from '../harness/accounts';
import { type StubBehaviour, StubServer } from '../support/stub-server';
import { testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';

interface Quote {
  plan: string;
  currency: string;
  amount: string;
  usdAmount: string;
  rate: number;
  rateAsOf: string;
  stale: boolean;
  source: 'live' | 'cache' | 'last-known';
}

const RESET_MS = 1_000;
const BREAKERS = JSON.stringify({
  'fx-rates': { failureThreshold: 2, resetMs: RESET_MS, timeoutMs: 500 },
});
const FX_DATE = '2026-11-30';
/** With a 500 ms timeout, one retry and backoff, a failing FX API must not cost more than this. */
const FAST_MS = 3_000;

/** A random rate with 4 decimals per test run, so no result can be hard-coded. */
const randomRate = (from: number, to: number) =>
  Math.round((from + Math.random() * (to - from)) * 10_000) / 10_000;
const liveRates: Record<string, number> = {
  EUR: randomRate(0.8, 1),
  GBP: randomRate(0.7, 0.9),
  AUD: randomRate(1.4, 1.6),
};

/** The price of `usdCents` at `rate` (4 decimals), in cents, rounded half up: independent of src. */
const expectedCents = (usdCents: number, rate: number) =>
  Math.floor((usdCents * Math.round(rate * 10_000) + 5_000) / 10_000);
const asDecimal = (cents: number) => (cents / 100).toFixed(2);

/** Frankfurter: GET /latest?base=USD&symbols=EUR. */
function healthyFx(path: string): StubBehaviour {
  const url = new URL(path, 'http://stub');
  const symbol = url.searchParams.get('symbols') ?? '';
  if (url.pathname !== '/latest' || url.searchParams.get('base') !== 'USD' || !liveRates[symbol]) {
    return { status: 404, body: { message: 'not found' } };
  }
  return {
    status: 200,
    body: { amount: 1.0, base: 'USD', date: FX_DATE, rates: { [symbol]: liveRates[symbol] } },
  };
}

describe('billing quotes in local currency', () => {
  let stub: StubServer;
  let web: WebAppUnderTest;
  let user: SignedInUser;
  let redis: Redis;
  let db: DataSource;

  beforeAll(async () => {
    stub = await StubServer.start((request) => healthyFx(request.path));
    web = await WebAppUnderTest.start(
      testConfig({ FX_API_URL: stub.url, FX_CACHE_SECONDS: '60', BREAKER_SETTINGS: BREAKERS }),
    );
    user = await signUp(web.http, 'billing');
    redis = web.app.get<Redis>(REDIS);
    db = web.app.get(DataSource);
  });
  afterAll(async () => {
    await web?.close();
    await stub?.close();
  });

  const quote = (query: string) =>
    web.http.get(`/v1/billing/quote?${query}`).set(bearer(user.token));
  const fxCallsFor = (currency: string) =>
    stub.requests.filter((request) => request.path.includes(`symbols=${currency}`)).length;
  const storedRate = async (currency: string) => {
    const [row] = await db.query(
      `SELECT rate::text AS rate, rate_date::text AS date, seeded FROM billing.fx_rates WHERE currency = $1`,
      [currency],
    );
    return row as { rate: string; date: string; seeded: boolean } | undefined;
  };
  /** Lets the breaker (opened by an earlier failure) probe again, so the next call reaches the stub. */
  const breakerHalfOpen = () => sleep(RESET_MS + 250);
  const timed = async (query: string) => {
    const started = Date.now();
    const response = await quote(query);
    return { response, ms: Date.now() - started };
  };

  it('quotes USD at rate 1 without asking the FX API', async () => {
    const response = await quote('plan=business&currency=USD');

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      plan: 'business',
      currency: 'USD',
      amount: '30.00',
      usdAmount: '30.00',
      rate: 1,
      stale: false,
    });
    expect(stub.requests).toHaveLength(0);
  });

  it('converts with a live rate: one FX call, amount = USD price × rate', async () => {
    const response = await quote('plan=team&currency=EUR');

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      plan: 'team',
      currency: 'EUR',
      amount: asDecimal(expectedCents(1200, liveRates.EUR)),
      usdAmount: '12.00',
      rate: liveRates.EUR,
      rateAsOf: FX_DATE,
      stale: false,
      source: 'live',
    } satisfies Quote);
    expect(fxCallsFor('EUR')).toBe(1);
    expect(stub.requests[0].path).toBe('/latest?base=USD&symbols=EUR');
  });

  it('answers the next quote from the cache, without another FX call', async () => {
    const response = await quote('plan=business&currency=EUR');

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      amount: asDecimal(expectedCents(3000, liveRates.EUR)),
      rate: liveRates.EUR,
      stale: false,
      source: 'cache',
    });
    expect(fxCallsFor('EUR')).toBe(1);
  });

  it.each([
    ['currency', 'plan=team&currency=eur'],
    ['currency', 'plan=team&currency=EURO'],
    ['currency', 'plan=team&currency=XYZ'], // well-formed, but no ISO 4217 code in use
    ['currency', 'plan=team'],
    ['plan', 'plan=enterprise&currency=EUR'],
    ['plan', 'currency=EUR'],
  ])('refuses a bad %s (%s) with 400 naming it', async (field, query) => {
    const calls = stub.requests.length;
    const response = await quote(query);

    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual([field]);
    expect(stub.requests.length).toBe(calls);
  });

  it('refuses a currency the FX API does not offer with 400 naming currency', async () => {
    const response = await quote('plan=team&currency=MNT');

    expect(response.status).toBe(400);
    expect(response.body.type).toBe('urn:tenfold:problem:currency-not-offered');
    expect(response.body.detail).toMatch(/^currency: MNT/);
    expect(fxCallsFor('MNT')).toBe(1);
  });

  it('requires a signed-in user', async () => {
    expect((await web.http.get('/v1/billing/quote?plan=team&currency=USD')).status).toBe(401);
  });

  it('falls back to the last known rate in Redis when the FX API answers 500, fast and stale', async () => {
    expect((await quote('plan=team&currency=GBP')).body.source).toBe('live');
    await redis.del(freshRateKey('GBP'));
    // Postgres now says otherwise: a GBP quote that uses liveRates.GBP read Redis first.
    await db.query(`UPDATE billing.fx_rates SET rate = 99 WHERE currency = 'GBP'`);
    stub.answer({ status: 500, body: 'upstream broke' });
    const calls = fxCallsFor('GBP');

    const { response, ms } = await timed('plan=team&currency=GBP');

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      amount: asDecimal(expectedCents(1200, liveRates.GBP)),
      rate: liveRates.GBP,
      rateAsOf: FX_DATE,
      stale: true,
      source: 'last-known',
    });
    expect(fxCallsFor('GBP')).toBeGreaterThan(calls);
    expect(ms).toBeLessThan(FAST_MS);
  });

  it.each([
    ['hangs (timeout)', 'CHF', { hang: true }],
    ['resets the connection', 'CAD', { reset: true }],
    ['answers nonsense', 'SEK', { status: 200, body: '<html>maintenance</html>' }],
  ])(
    'falls back to the seeded rate in Postgres when the FX API %s',
    async (_, currency, behaviour) => {
      const seeded = await storedRate(currency);
      expect(seeded?.seeded).toBe(true);
      await breakerHalfOpen();
      stub.answer(behaviour as StubBehaviour);
      const calls = fxCallsFor(currency);

      const { response, ms } = await timed(`plan=team&currency=${currency}`);

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        currency,
        rate: Number(seeded!.rate),
        rateAsOf: seeded!.date,
        stale: true,
        source: 'last-known',
      });
      expect(fxCallsFor(currency)).toBeGreaterThan(calls); // the fault was met, not skipped
      expect(ms).toBeLessThan(FAST_MS);
    },
  );

  it('keeps the last known rate in Postgres, so it survives a Redis flush', async () => {
    await breakerHalfOpen();
    stub.answer((request) => healthyFx(request.path));
    expect((await quote('plan=team&currency=AUD')).body.source).toBe('live');
    expect(await storedRate('AUD')).toEqual({
      rate: String(liveRates.AUD),
      date: FX_DATE,
      seeded: false,
    });
    await redis.del(freshRateKey('AUD'), lastKnownRateKey('AUD'));
    stub.answer({ status: 503 });

    const response = await quote('plan=team&currency=AUD');

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      amount: asDecimal(expectedCents(1200, liveRates.AUD)),
      rate: liveRates.AUD,
      rateAsOf: FX_DATE,
      stale: true,
      source: 'last-known',
    });
  });

  it('answers 503 with Retry-After for a currency never known while the FX API is down', async () => {
    stub.answer({ status: 500 });
    expect(await storedRate('NOK')).toBeUndefined();

    const { response, ms } = await timed('plan=team&currency=NOK');

    expect(response.status).toBe(503);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.type).toBe('urn:tenfold:problem:fx-rate-unavailable');
    expect(Number(response.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(ms).toBeLessThan(FAST_MS);
  });
});
