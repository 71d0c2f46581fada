import { randomBytes, randomUUID } from 'node:crypto';

import type Redis from 'ioredis';

import { ProblemException } from '../src/common/http/problem.exception';
import { LoginAttemptLimiter } from '../src/infrastructure/rate-limit/login-attempt-limiter';
import { REDIS } from '../src/infrastructure/redis/redis.tokens';
import { PASSWORD } from './harness/accounts';
import { adminAuthorization, testConfig } from './support/test-config';
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

      const credentials = { email: freshEmail(), password: PASSWORD };
      const signUp = await first.app.inject({
        method: 'POST',
        url: '/v1/auth/sign-up',
        remoteAddress: freshIp(),
        payload: { ...credentials, workspaceName: 'Own budget' },
      });
      expect(signUp.statusCode).toBe(202); // sign-up signs nobody in: log in
      const login = await first.app.inject({
        method: 'POST',
        url: '/v1/auth/login',
        remoteAddress: freshIp(),
        payload: credentials,
      });
      expect(login.statusCode).toBe(200);
      const session = { authorization: `Bearer ${login.json().session.token}` };
      const me = (web: WebAppUnderTest) =>
        web.app.inject({ method: 'GET', url: '/v1/me', remoteAddress: ip, headers: session });
      const withSession = [];
      const remaining = [];
      for (let i = 0; i < 5; i++) {
        const answer = await me(i % 2 ? first : second);
        withSession.push(answer.statusCode);
        remaining.push(answer.headers['x-ratelimit-remaining']);
      }
      expect(withSession).toEqual([200, 200, 200, 200, 200]);
      // The session script charged each hit once, in its own round trip (ApiThrottlerGuard).
      expect(remaining).toEqual(['4', '3', '2', '1', '0']);
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
      const metrics = await first.app.inject({
        url: '/metrics',
        remoteAddress: ip,
        headers: { authorization: adminAuthorization(first.config) },
      });
      expect(metrics.statusCode).toBe(200);
    });
  });

  // The login scheme end to end: test/identity/login-rate-limit.e2e-spec.ts. Here, the limiter.
  describe('LoginAttemptLimiter', () => {
    const limiters = () => [first, second].map((web) => web.app.get(LoginAttemptLimiter));

    it('refuses a client after 10 failures on an account, counted on either instance, with Retry-After', async () => {
      const [a, b] = limiters();
      const email = freshEmail();
      const ip = freshIp();
      for (let i = 0; i < 10; i++) await (i % 2 ? a : b).begin(email, ip);

      for (const limiter of [a, b]) {
        const error = await rejection(limiter.begin(email.toLowerCase(), ip));
        expect(error.problem).toMatchObject({ status: 429, code: 'too-many-login-failures' });
        const retryAfter = Number(error.problem.headers?.['Retry-After']);
        expect(retryAfter).toBeGreaterThan(890);
        expect(retryAfter).toBeLessThanOrEqual(900);
      }
      // The account is not locked: a client without failures of its own gets its attempt.
      await expect(a.begin(email, freshIp())).resolves.toBeUndefined();
    });

    it('takes a right password’s attempt back and clears that client, not the IP’s other failures', async () => {
      const [a, b] = limiters();
      const email = freshEmail();
      const ip = freshIp();
      for (let i = 0; i < 9; i++) await (i % 2 ? a : b).begin(email, ip);
      await a.begin(email, ip);
      await b.succeeded(email.toUpperCase(), ip);
      // Without the success, this would be the 11th attempt: refused. The client starts clean.
      await expect(a.begin(email, ip)).resolves.toBeUndefined();

      const sprayer = freshIp();
      for (let i = 0; i < 29; i++) await a.begin(freshEmail(), sprayer);
      await a.begin(email, sprayer);
      await a.succeeded(email, sprayer);
      await a.begin(freshEmail(), sprayer); // the 30th failure from this IP
      const error = await rejection(b.begin(freshEmail(), sprayer));
      expect(error.problem.code).toBe('too-many-login-failures');
    });

    it('keeps no raw email in Redis keys', async () => {
      const email = freshEmail();
      await limiters()[0].begin(email, freshIp());
      const redis = first.app.get<Redis>(REDIS);
      // KEYS patterns are not prefixed by ioredis; the answer holds the full key names.
      const keys = await redis.keys(`${first.config.redis.keyPrefix}:login-failures:*`);
      expect(keys.length).toBeGreaterThanOrEqual(3);
      const localPart = email.split('@')[0].toLowerCase();
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

  it('lifts the block once the window has passed since the last failure', async () => {
    const limiter = web.app.get(LoginAttemptLimiter);
    const email = freshEmail();
    const ip = freshIp();
    for (let i = 0; i < 10; i++) await limiter.begin(email, ip);
    const error = await rejection(limiter.begin(email, ip));
    expect(Number(error.problem.headers?.['Retry-After'])).toBeLessThanOrEqual(2);

    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await expect(limiter.begin(email, ip)).resolves.toBeUndefined();
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
