import { setTimeout as sleep } from 'node:timers/promises';

import type Redis from 'ioredis';

import { REDIS } from '../../src/infrastructure/redis/redis.tokens';
import { unknownCurrencyKey } from '../../src/modules/billing/persistence/fx-rate-keys';
import { bearer, signUp, type SignedInUser } from '../harness/accounts';
import { StubServer } from '../support/stub-server';
import { testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';

/**
 * A quote for a currency the FX API does not offer costs one FX call per
 * FX_UNKNOWN_CURRENCY_CACHE_SECONDS across the fleet (two web instances sharing Redis here), and
 * a code that is no ISO 4217 code in use costs none.
 */
describe('unknown currencies are remembered as unknown', () => {
  const FX_DATE = '2026-11-30';
  let fx: StubServer;
  let first: WebAppUnderTest;
  let second: WebAppUnderTest;
  let user: SignedInUser;
  let redis: Redis;

  beforeAll(async () => {
    // The FX API offers EUR only; Frankfurter answers 404 for a symbol it does not know.
    fx = await StubServer.start((request) =>
      request.path === '/latest?base=USD&symbols=EUR'
        ? { status: 200, body: { amount: 1, base: 'USD', date: FX_DATE, rates: { EUR: 0.9 } } }
        : { status: 404, body: { message: 'not found' } },
    );
    const config = testConfig({ FX_API_URL: fx.url, RATE_LIMIT_PER_MINUTE: '100000' });
    [first, second] = await Promise.all([
      WebAppUnderTest.start(config),
      WebAppUnderTest.start(config),
    ]);
    user = await signUp(first.http, 'fx-unknown');
    redis = first.app.get<Redis>(REDIS);
  });
  afterAll(async () => {
    await Promise.all([first?.close(), second?.close()]);
    await fx?.close();
  });

  const quote = (web: WebAppUnderTest, currency: string) =>
    web.http.get(`/v1/billing/quote?plan=team&currency=${currency}`).set(bearer(user.token));
  const fxCallsFor = (currency: string) =>
    fx.requests.filter((request) => request.path.includes(`symbols=${currency}`)).length;
  const expectNotOffered = (
    answer: { status: number; body: Record<string, unknown> },
    code: string,
  ) =>
    expect([answer.status, answer.body.type, answer.body.detail]).toEqual([
      400,
      'urn:tenfold:problem:currency-not-offered',
      `currency: ${code} is not offered by the FX rates provider.`,
    ]);

  it('is configurable, an hour by default', () => {
    expect(testConfig().billing.fxUnknownCurrencyCacheSeconds).toBe(3600);
    expect(
      testConfig({ FX_UNKNOWN_CURRENCY_CACHE_SECONDS: '60' }).billing.fxUnknownCurrencyCacheSeconds,
    ).toBe(60);
  });

  it('20 quotes for a currency not offered, over two instances: the same 400 each time, 1 FX call', async () => {
    for (let i = 0; i < 20; i++) {
      expectNotOffered(await quote(i % 2 === 0 ? first : second, 'MNT'), 'MNT');
    }

    expect(fxCallsFor('MNT')).toBe(1);
    const ttl = await redis.ttl(unknownCurrencyKey('MNT'));
    expect(ttl).toBeGreaterThan(3500);
    expect(ttl).toBeLessThanOrEqual(3600);
  });

  it('20 quotes at once on one instance for another one: 1 FX call', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, () => quote(first, 'BTN')));

    for (const answer of answers) expectNotOffered(answer, 'BTN');
    expect(fxCallsFor('BTN')).toBe(1);
  });

  it('asks again once the entry has expired', async () => {
    expectNotOffered(await quote(first, 'KPW'), 'KPW');
    await redis.pexpire(unknownCurrencyKey('KPW'), 1);
    await sleep(50);

    expectNotOffered(await quote(second, 'KPW'), 'KPW');

    expect(fxCallsFor('KPW')).toBe(2);
  });

  it('refuses a well-formed code that is no ISO 4217 code in use without any FX call', async () => {
    const calls = fx.requests.length;
    for (const code of ['QQQ', 'XYZ', 'AAA', 'ZZZ']) {
      const answer = await quote(second, code);
      expect(answer.status).toBe(400);
      expect(answer.body.type).toBe('urn:tenfold:problem:validation-failed');
      expect(answer.body.errors).toEqual([
        {
          field: 'currency',
          message: 'currency must be an ISO 4217 code in use: three upper-case letters, e.g. EUR',
        },
      ]);
    }
    expect(fx.requests.length).toBe(calls);
  });

  it('still quotes a currency that is offered', async () => {
    const answer = await quote(second, 'EUR');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ currency: 'EUR', amount: '10.80', source: 'live' });
  });
});
