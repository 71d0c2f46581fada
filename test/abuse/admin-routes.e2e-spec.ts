import type { AddressInfo } from 'node:net';

import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';

import { ADMIN_SESSION_COOKIE } from '../../src/common/admin/admin-session-cookie';
import { guardedAdminRoutesOf } from '../../src/common/admin/protect-admin-pages';
import { QUEUE_NAMES } from '../../src/infrastructure/queue/queue-names';
import { bearer, signUp } from '../harness/accounts';
import { spellingsOf } from '../support/path-spellings';
import { signUpPlatformAdmin } from '../support/platform-admin';
import { rawRequest, type RawAnswer } from '../support/raw-http';
import { adminAuthorization, testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';

/**
 * Every admin route the app registers (read from the guard itself, so a new admin route is in
 * this table without anyone adding it), under every spelling a router may map onto it, sent
 * without credentials and with an ordinary user's session (as a bearer token and as the admin
 * pages' cookie): never admin content, never a write.
 */
describe('admin routes under every spelling of their path', () => {
  let web: WebAppUnderTest;
  let port: number;
  let userToken: string;
  let adminToken: string;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(testConfig({ RATE_LIMIT_PER_MINUTE: '1000000' }));
    await web.app.listen({ host: '127.0.0.1', port: 0 });
    port = (web.app.getHttpServer().address() as AddressInfo).port;
    userToken = (await signUp(web.http, 'not-an-admin')).token;
    adminToken = (await signUpPlatformAdmin(web.app, web.http, 'spelling-admin')).token;
  });
  afterAll(() => web?.close());

  const routes = () => {
    const fastify = web.app.getHttpAdapter().getInstance();
    return guardedAdminRoutesOf(fastify).flatMap(({ method, url }) =>
      [method].flat().map((one) => ({ method: one, path: concretePath(url) })),
    );
  };

  it('knows every admin surface: Swagger UI and its document, bull-board and its writes, the admin API', () => {
    const paths = routes().map((route) => `${route.method} ${route.path}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'GET /docs',
        'GET /docs-json',
        'GET /admin/queues',
        'GET /admin/queues/api/queues',
        'POST /admin/session',
        'PUT /admin/queues/api/queues/email/pause',
        'PUT /admin/queues/api/queues/email/clean/failed',
        'POST /admin/queues/api/queues/email/add',
        'GET /v1/admin/jobs/dead',
        'POST /v1/admin/jobs/email.x/redrive',
      ]),
    );
  });

  it('never answers an admin route to a client without admin credentials, however it is spelled', async () => {
    const leaks: string[] = [];
    const reached = new Set<string>();
    for (const { method, path } of routes()) {
      for (const target of spellingsOf(path)) {
        for (const [who, headers] of [
          ['anonymous', {}],
          ['member', bearer(userToken)],
          ['member cookie', { cookie: `${ADMIN_SESSION_COOKIE}=${userToken}` }],
        ] as const) {
          const answer = await send(method, target, headers);
          if (!isRefusal(answer)) leaks.push(`${who} ${method} ${target} → ${answer.status}`);
          if (answer.status === 401 || answer.status === 403) reached.add(target);
        }
      }
    }
    expect(leaks).toEqual([]);
    // The table really reaches the admin routes through odd spellings (the guard answered them),
    // so an empty leak list is not just a table of 404s.
    expect([...reached]).toEqual(
      expect.arrayContaining([
        '/%61dmin/queues/api/queues',
        '/%64ocs-json',
        '/admin/%71ueues/api/queues/email/pause',
        '/v1/%61dmin/jobs/dead',
      ]),
    );
  }, 180_000); // every admin route times every spelling: minutes on a loaded 2-core machine

  it('leaves every queue running: no bull-board write got through', async () => {
    for (const name of QUEUE_NAMES) {
      const queue = web.app.get<Queue>(getQueueToken(name));
      expect(await queue.isPaused()).toBe(false);
    }
  });

  it('still serves admins, under the odd spellings too', async () => {
    for (const admin of [
      { authorization: adminAuthorization(web.config) },
      { cookie: `${ADMIN_SESSION_COOKIE}=${adminToken}` },
    ] as Record<string, string>[]) {
      for (const target of [
        '/admin/queues/api/queues',
        '/%61dmin/queues/api/queues',
        '/%64ocs-json',
      ]) {
        const answer = await send('GET', target, admin);
        expect({ target, status: answer.status }).toEqual({ target, status: 200 });
      }
    }
  });

  function send(method: string, target: string, headers: Record<string, string>) {
    const withBody: Record<string, string> =
      method === 'GET' || method === 'HEAD' ? {} : { 'content-type': 'application/json' };
    return rawRequest(port, method, target, { ...headers, ...withBody });
  }
});

/** A path that matches the route pattern: parameters and wildcards filled in. */
function concretePath(pattern: string): string {
  return pattern
    .replace(/:queueName/g, 'email')
    .replace(/:queueStatus/g, 'failed')
    .replace(/:id\b/g, 'email.x')
    .replace(/:[A-Za-z]+/g, 'x')
    .replace(/\*$/, 'index.html');
}

/** Refused, or no such page: a problem+json answer (or none, for HEAD), never a page or a crash. */
function isRefusal(answer: RawAnswer): boolean {
  const refused = [400, 401, 403, 404, 405, 414, 429].includes(answer.status);
  const problem = /^application\/problem\+json/.test(String(answer.headers['content-type']));
  return refused && (problem || answer.body === '');
}
