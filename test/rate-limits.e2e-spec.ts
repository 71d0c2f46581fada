import { randomBytes, randomUUID } from 'node:crypto';

import type Redis from 'ioredis';

import { ProblemException } from '../src/common/http/problem.exception';
import { LoginAttemptLimiter } from '../src/infrastructure/rate-limit/login-attempt-limiter';
import { REDIS } from '../src/infrastructure/redis/redis.tokens';
import { PASSWORD } from './support/identity-client';
import { testConfig } from './support/test-config';
import { WebAppUnderTest } from './support/web-app-under-test';

// Both instances of a pair run in this process with the same REDIS_KEY_PREFIX, like two web
// processes of one deployment: whatever one counts, the other sees.
const heartbeatUrl = () => `/v1/system/heartbeats/${randomUUID()}`;
const freshIp = () => `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 250) + 1).join('.')}`;
const freshEmail = () => `user-${randomBytes(4).toString('hex')}@Example.com`;

async function rejection(attempt: Promise<void>): Promise<ProblemException> {
  const error = await attempt.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ProblemException);
  return error as ProblemException;
}

describe('rate limits (shared by every web instance through Redis)', () => {
  let first: WebAppUnderTest;
  let second: WebAppUnderTest;

  beforeAll(async () => {
    const config = testConfig({ RATE_LIMIT_PER_MINUTE: '5' });
    [first, second] = await Promise.all([
      WebAppUnderTest.start(config),
      WebAppUnderTest.start(config),
    ]);
  });
  afterAll(() => Promise.all([first?.close(), second?.close()]));

  /** A request from a given client IP, through Fastify's inject (no socket, so any address). */
  const getFrom = (web: WebAppUnderTest, ip: string, headers: Record<string, string> = {}) =>
    web.app.inject({ method: 'GET', url: heartbeatUrl(), remoteAddress: ip, headers });

  describe('the global per-client limit', () => {
    it('counts one IP across both instances and answers the 6th request with 429 problem+json', async () => {
      const statuses: number[] = [];
      for (const web of [first, first, first, second, second]) {
        statuses.push((await web.http.get(heartbeatUrl())).status);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401]);

      for (const web of [first, second]) {
        const response = await web.http.get(heartbeatUrl()).set('X-Request-Id', 'rate-limit-1');
        expect(response.status).toBe(429);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(response.body).toMatchObject({
          type: 'urn:tenfold:problem:rate-limited',
          title: 'Too Many Requests',
          status: 429,
          requestId: 'rate-limit-1',
        });
        const retryAfter = Number(response.headers['retry-after']);
        expect(retryAfter).toBeGreaterThan(0);
        expect(retryAfter).toBeLessThanOrEqual(60);
      }
    });

    it('gives a live session a budget apart from its IP, and other IPs apart from each other', async () => {
      const ip = freshIp();
      for (let i = 0; i < 5; i++) await getFrom(i % 2 ? first : second, ip);
      expect((await getFrom(first, ip)).statusCode).toBe(429);

      const signUp = await first.app.inject({
        method: 'POST',
        url: '/v1/auth/sign-up',
        remoteAddress: freshIp(),
        payload: { email: freshEmail(), password: PASSWORD, workspaceName: 'Own budget' },
      });
      expect(signUp.statusCode).toBe(201);
      const session = { authorization: `Bearer ${signUp.json().session.token}` };
      const me = (web: WebAppUnderTest) =>
        web.app.inject({ method: 'GET', url: '/v1/me', remoteAddress: ip, headers: session });
      const withSession = [];
      for (let i = 0; i < 5; i++) withSession.push((await me(i % 2 ? first : second)).statusCode);
      expect(withSession).toEqual([200, 200, 200, 200, 200]);
      expect((await me(second)).statusCode).toBe(429);

      expect((await getFrom(second, freshIp())).statusCode).toBe(401);
    });

    it('gives a made-up bearer token no budget of its own: it draws on its IP', async () => {
      const ip = freshIp();
      const statuses = [];
      for (let i = 0; i < 6; i++) {
        const madeUp = { authorization: `Bearer x${randomBytes(32).toString('hex')}` };
        statuses.push((await getFrom(i % 2 ? first : second, ip, madeUp)).statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    });

    it('lets exactly the limit through when requests race on both instances', async () => {
      const ip = freshIp();
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) => getFrom(i % 2 ? first : second, ip)),
      );
      const statuses = responses.map((response) => response.statusCode);
      expect(statuses.filter((status) => status === 401)).toHaveLength(5);
      expect(statuses.filter((status) => status === 429)).toHaveLength(15);
    });

    it('never throttles health probes or metrics, even for a blocked client', async () => {
      const ip = freshIp();
      for (let i = 0; i < 6; i++) await getFrom(first, ip);
      expect((await getFrom(first, ip)).statusCode).toBe(429);

      for (let i = 0; i < 20; i++) {
        const web = i % 2 ? first : second;
        const live = await web.app.inject({ url: '/health/live', remoteAddress: ip });
        expect(live.statusCode).toBe(200);
      }
      const metrics = await first.app.inject({ url: '/metrics', remoteAddress: ip });
      expect(metrics.statusCode).toBe(200);
    });
  });

  describe('LoginAttemptLimiter', () => {
    const limiters = () => [first, second].map((web) => web.app.get(LoginAttemptLimiter));

    it('blocks an account after 10 failures recorded on either instance, with Retry-After', async () => {
      const [a, b] = limiters();
      const email = freshEmail();
      for (let i = 0; i < 9; i++) await (i % 2 ? a : b).recordFailure(email, freshIp());
      await expect(a.assertMayAttempt(email, freshIp())).resolves.toBeUndefined();
      await b.recordFailure(email, freshIp());

      for (const limiter of [a, b]) {
        const error = await rejection(limiter.assertMayAttempt(email.toLowerCase(), freshIp()));
        expect(error.problem).toMatchObject({ status: 429, code: 'too-many-login-failures' });
        const retryAfter = Number(error.problem.headers?.['Retry-After']);
        expect(retryAfter).toBeGreaterThan(890);
        expect(retryAfter).toBeLessThanOrEqual(900);
      }
      await expect(a.assertMayAttempt(freshEmail(), freshIp())).resolves.toBeUndefined();
    });

    it('blocks an IP after 10 failures, whatever account it tries next', async () => {
      const [a, b] = limiters();
      const ip = freshIp();
      for (let i = 0; i < 10; i++) await (i % 2 ? a : b).recordFailure(freshEmail(), ip);

      const error = await rejection(b.assertMayAttempt(freshEmail(), ip));
      expect(error.problem.code).toBe('too-many-login-failures');
      expect(Number(error.problem.headers?.['Retry-After'])).toBeGreaterThan(0);
      await expect(a.assertMayAttempt(freshEmail(), freshIp())).resolves.toBeUndefined();
    });

    it('clears the account, but not the IP, on a successful login', async () => {
      const [a, b] = limiters();
      const email = freshEmail();
      const ip = freshIp();
      for (let i = 0; i < 10; i++) await (i % 2 ? a : b).recordFailure(email, ip);
      await rejection(a.assertMayAttempt(email, freshIp()));

      await b.recordSuccess(email.toUpperCase());
      await expect(a.assertMayAttempt(email, freshIp())).resolves.toBeUndefined();
      await rejection(a.assertMayAttempt(email, ip));
    });

    it('keeps no raw email in Redis keys', async () => {
      const email = freshEmail();
      await limiters()[0].recordFailure(email, freshIp());
      const redis = first.app.get<Redis>(REDIS);
      // KEYS patterns are not prefixed by ioredis; the answer holds the full key names.
      const keys = await redis.keys(`${first.config.redis.keyPrefix}:login-failures:*`);
      expect(keys.length).toBeGreaterThan(0);
      const localPart = email.split('@')[0];
      expect(keys.filter((key) => key.toLowerCase().includes(localPart))).toEqual([]);
    });
  });
});

describe('LoginAttemptLimiter with a 2-second window', () => {
  let web: WebAppUnderTest;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(testConfig({ LOGIN_FAILURE_WINDOW_SECONDS: '2' }));
  });
  afterAll(() => web?.close());

  it('lifts the block once the window has passed', async () => {
    const limiter = web.app.get(LoginAttemptLimiter);
    const email = freshEmail();
    const ip = freshIp();
    for (let i = 0; i < 10; i++) await limiter.recordFailure(email, ip);
    const error = await rejection(limiter.assertMayAttempt(email, ip));
    expect(Number(error.problem.headers?.['Retry-After'])).toBeLessThanOrEqual(2);

    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await expect(limiter.assertMayAttempt(email, ip)).resolves.toBeUndefined();
  });
});

describe('per-IP limits behind a load balancer (HTTP_TRUST_PROXY)', () => {
  const balancer = '10.200.0.1';
  let web: WebAppUnderTest;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(
      testConfig({ RATE_LIMIT_PER_MINUTE: '5', HTTP_TRUST_PROXY: `${balancer}/32` }),
    );
  });
  afterAll(() => web?.close());

  const getVia = (peer: string, forwardedFor: string) =>
    web.app.inject({
      method: 'GET',
      url: heartbeatUrl(),
      remoteAddress: peer,
      headers: { 'x-forwarded-for': forwardedFor },
    });

  it('counts each client the balancer names, not the balancer', async () => {
    const [alice, bob] = [freshIp(), freshIp()];
    for (let i = 0; i < 5; i++) expect((await getVia(balancer, alice)).statusCode).toBe(401);
    expect((await getVia(balancer, alice)).statusCode).toBe(429);
    expect((await getVia(balancer, bob)).statusCode).toBe(401);
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', async () => {
    const client = freshIp();
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await getVia(client, freshIp())).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });
});
