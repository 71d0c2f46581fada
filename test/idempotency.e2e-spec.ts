import { randomUUID } from 'node:crypto';

import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type Redis from 'ioredis';
import request from 'supertest';

import type { SucceededRecord } from '../src/common/http/idempotency/idempotency-record';
import { IdempotencyStore } from '../src/common/http/idempotency/idempotency.store';
import { REDIS } from '../src/infrastructure/redis/redis.tokens';
import { startWebAppWithFixture } from './fixtures/idempotency/start-web-app-with-fixture';
import { executionsKey } from './fixtures/idempotency/things.controller';
import { testConfig } from './support/test-config';

const THINGS = '/v1/test-idempotency/things';
const DAY_MS = 86_400_000;

describe('Idempotency-Key on creating POSTs', () => {
  const config = testConfig();
  let app: NestFastifyApplication;
  let redis: Redis;
  let baseUrl: string;

  beforeAll(async () => {
    app = await startWebAppWithFixture(config);
    redis = app.get<Redis>(REDIS);
    baseUrl = await app.getUrl();
  });
  afterAll(() => app.close());

  const post = (body: object, key?: string, options: { user?: string; query?: string } = {}) => {
    const call = request(baseUrl)
      .post(`${THINGS}${options.query ?? ''}`)
      .set('Content-Type', 'application/json');
    if (key !== undefined) void call.set('Idempotency-Key', key);
    if (options.user) void call.set('x-test-user', options.user);
    return call.send(JSON.stringify(body));
  };
  const executions = async (name: string) => Number((await redis.get(executionsKey(name))) ?? 0);

  it('replays the first answer (status, body, Location) for the same key and body', async () => {
    const key = randomUUID();
    const first = await post({ name: 'replayed', details: { colour: 'red', size: 2 } }, key);
    expect(first.status).toBe(201);
    expect(first.headers.location).toBe(`${THINGS}/${first.body.id}`);
    expect(first.headers['idempotent-replayed']).toBeUndefined();

    // The same body, its keys in another order.
    const again = await post({ details: { size: 2, colour: 'red' }, name: 'replayed' }, key);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.location).toBe(first.headers.location);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.headers['content-type']).toMatch(/^application\/json/);
    expect(await executions('replayed')).toBe(1);
  });

  it('keeps the answer for 24 h under a hashed key, never the raw key', async () => {
    const key = `raw-key-${randomUUID()}`;
    expect((await post({ name: 'stored' }, key)).status).toBe(201);
    // KEYS does not apply ioredis' keyPrefix, so the pattern carries it.
    const stored = await redis.keys(`${config.redis.keyPrefix}:idempotency:*`);
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.some((name) => name.includes(key))).toBe(false);
    const ttls = await Promise.all(
      stored.map((name) => redis.pttl(name.slice(config.redis.keyPrefix.length + 1))),
    );
    for (const ttl of ttls) expect(ttl).toBeGreaterThan(DAY_MS - 60_000);
  });

  it('answers 422 problem+json when the key is reused with a different body', async () => {
    const key = randomUUID();
    expect((await post({ name: 'original' }, key)).status).toBe(201);

    const reused = await post({ name: 'different' }, key);
    expect(reused.status).toBe(422);
    expect(reused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(reused.body).toMatchObject({
      type: 'urn:tenfold:problem:idempotency-key-reused',
      status: 422,
      instance: THINGS,
      requestId: expect.any(String),
    });
    expect(reused.headers['idempotent-replayed']).toBeUndefined();
    expect(await executions('original')).toBe(1);
    expect(await executions('different')).toBe(0);
  });

  it('runs truly parallel duplicates once: one 201, the others 409 or a replay', async () => {
    const key = randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => post({ name: 'parallel' }, key, { query: '?delayMs=300' })),
    );

    const executed = responses.filter(
      (response) => response.status === 201 && !response.headers['idempotent-replayed'],
    );
    expect(executed).toHaveLength(1);
    const inProgress = responses.filter((response) => response.status === 409);
    expect(inProgress.length).toBeGreaterThan(0);
    for (const response of responses) {
      if (response.status === 409) {
        expect(response.headers['retry-after']).toBe('1');
        expect(response.body.type).toBe('urn:tenfold:problem:idempotency-request-in-progress');
      } else {
        expect(response.status).toBe(201);
        expect(response.body).toEqual(executed[0].body);
      }
    }
    expect(await executions('parallel')).toBe(1);

    const afterwards = await post({ name: 'parallel' }, key, { query: '?delayMs=300' });
    expect(afterwards.status).toBe(201);
    expect(afterwards.headers['idempotent-replayed']).toBe('true');
    expect(afterwards.body).toEqual(executed[0].body);
    expect(await executions('parallel')).toBe(1);
  });

  it('releases the key after a 500, so a retry with the same key executes again', async () => {
    const key = randomUUID();
    const body = { name: 'server-failure', fail: 'server' };
    const first = await post(body, key);
    expect(first.status).toBe(500);
    expect(await executions('server-failure')).toBe(1);

    const retry = await post(body, key);
    expect(retry.status).toBe(500);
    expect(retry.headers['idempotent-replayed']).toBeUndefined();
    expect(await executions('server-failure')).toBe(2);
  });

  it('replays a 4xx outcome instead of executing again', async () => {
    const key = randomUUID();
    const body = { name: 'client-failure', fail: 'client' };
    const first = await post(body, key);
    expect(first.status).toBe(400);
    expect(first.body.detail).toBe('A thing named client-failure is refused');

    const again = await post(body, key);
    expect(again.status).toBe(400);
    expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(again.headers['idempotent-replayed']).toBe('true');
    const { requestId, ...problem } = again.body;
    expect(requestId).toEqual(expect.any(String));
    expect(requestId).not.toBe(first.body.requestId);
    expect(problem).toEqual({ ...first.body, requestId: undefined, instance: THINGS });
    expect(await executions('client-failure')).toBe(1);
  });

  it('refuses a key longer than 255 characters, or an empty one, naming the header', async () => {
    const tooLong = await post({ name: 'bad-key' }, 'k'.repeat(256));
    expect(tooLong.status).toBe(400);
    expect(tooLong.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(tooLong.body.detail).toContain('Idempotency-Key');
    expect(tooLong.body.errors).toEqual([expect.objectContaining({ field: 'Idempotency-Key' })]);

    const empty = await post({ name: 'bad-key' }, '');
    expect(empty.status).toBe(400);
    expect(empty.body.detail).toContain('Idempotency-Key');
    expect(await executions('bad-key')).toBe(0);

    expect((await post({ name: 'longest-key' }, 'k'.repeat(255))).status).toBe(201);
  });

  it('scopes keys by actor: the same key from another user is a fresh request', async () => {
    const key = randomUUID();
    const alice = await post({ name: 'scoped-by-user' }, key, { user: 'alice' });
    const bob = await post({ name: 'scoped-by-user' }, key, { user: 'bob' });
    const anonymous = await post({ name: 'scoped-by-user' }, key);
    for (const response of [alice, bob, anonymous]) {
      expect(response.status).toBe(201);
      expect(response.headers['idempotent-replayed']).toBeUndefined();
    }
    expect(await executions('scoped-by-user')).toBe(3);

    const aliceAgain = await post({ name: 'scoped-by-user' }, key, { user: 'alice' });
    expect(aliceAgain.headers['idempotent-replayed']).toBe('true');
    expect(aliceAgain.body).toEqual(alice.body);
    expect(await executions('scoped-by-user')).toBe(3);
  });

  it('scopes anonymous keys by client IP', async () => {
    const key = randomUUID();
    const from = (remoteAddress: string) =>
      app.inject({
        method: 'POST',
        url: THINGS,
        remoteAddress,
        headers: { 'content-type': 'application/json', 'idempotency-key': key },
        payload: JSON.stringify({ name: 'scoped-by-ip' }),
      });
    const first = await from('203.0.113.1');
    const second = await from('203.0.113.2');
    const firstAgain = await from('203.0.113.1');
    expect([first.statusCode, second.statusCode, firstAgain.statusCode]).toEqual([201, 201, 201]);
    expect(second.headers['idempotent-replayed']).toBeUndefined();
    expect(firstAgain.headers['idempotent-replayed']).toBe('true');
    expect(await executions('scoped-by-ip')).toBe(2);
  });

  it('never lets a request that outlived its claim overwrite a newer claim', async () => {
    const store = new IdempotencyStore(redis);
    const slow = await store.claim('user:slow', 'shared-key', 'fingerprint');
    if (!('claimed' in slow)) throw new Error('expected the first claim to succeed');
    await redis.del(slow.claimed.redisKey); // as if its 60 s claim had expired
    const retry = await store.claim('user:slow', 'shared-key', 'fingerprint');
    if (!('claimed' in retry)) throw new Error('expected the retry to claim the key');

    const late: SucceededRecord = {
      state: 'succeeded',
      fingerprint: 'fingerprint',
      status: 201,
      body: 'late',
    };
    expect(await store.finish(slow.claimed, late)).toBe(false);
    await store.release(slow.claimed);
    expect(JSON.parse((await redis.get(retry.claimed.redisKey))!)).toMatchObject({
      state: 'running',
    });
    expect(await store.finish(retry.claimed, { ...late, body: 'retry' })).toBe(true);
    expect(JSON.parse((await redis.get(retry.claimed.redisKey))!).body).toBe('retry');
  });

  it('executes every request when no key is sent', async () => {
    const responses = [];
    for (let i = 0; i < 3; i += 1) responses.push(await post({ name: 'no-key' }));
    expect(responses.map((response) => response.status)).toEqual([201, 201, 201]);
    expect(new Set(responses.map((response) => response.body.id)).size).toBe(3);
    expect(responses.every((response) => !response.headers['idempotent-replayed'])).toBe(true);
    expect(await executions('no-key')).toBe(3);
  });
});
