import type { AddressInfo } from 'node:net';

import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';

import { ADMIN_SESSION_COOKIE } from '../src/common/admin/admin-session-cookie';
import { bearer, logIn, signUp, type SignedInUser } from './harness/accounts';
import { signUpPlatformAdmin } from './support/platform-admin';
import { adminAuthorization, testConfig } from './support/test-config';
import { WebAppUnderTest } from './support/web-app-under-test';

/**
 * The admin pages' session cookie from an attacker's side (docs/adr/0018): who gets one, where it
 * counts (the pages, never the /v1 API or /metrics), that it dies with its session, and that no
 * other origin can make a browser sign in, sign out or write with it.
 */
describe('admin pages with a session cookie', () => {
  let web: WebAppUnderTest;
  let origin: string;
  let admin: SignedInUser;
  let member: SignedInUser;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(testConfig());
    await web.app.listen({ host: '127.0.0.1', port: 0 });
    origin = `http://127.0.0.1:${(web.app.getHttpServer().address() as AddressInfo).port}`;
    admin = await signUpPlatformAdmin(web.app, web.http, 'cookie-admin');
    member = await signUp(web.http, 'cookie-member');
  });
  afterAll(() => web?.close());

  const cookieOf = (token: string) => `${ADMIN_SESSION_COOKIE}=${token}`;
  const sameOrigin = () => ({ Origin: origin });

  /** Signs the admin in again (a session of its own) and trades it for the cookie. */
  async function adminCookie(): Promise<{ cookie: string; token: string }> {
    const token = await logIn(web.http, admin.email);
    const answer = await web.http.post('/admin/session').set(bearer(token)).set(sameOrigin());
    expect(answer.status).toBe(204);
    return { cookie: cookieOf(token), token };
  }

  describe('the login page', () => {
    it('is open to everyone, under the admin pages’ security headers', async () => {
      const page = await web.http.get('/admin/login');
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
      expect(page.text).toContain('<form id="sign-in" method="post">');
      expect(page.text).not.toMatch(/<script>|https?:\/\//);
      const script = await web.http.get('/admin/login.js');
      expect(script.status).toBe(200);
      expect(script.headers['content-type']).toMatch(/^text\/javascript/);
      expect(script.text).toContain("'/v1/auth/login'");
    });
  });

  describe('POST /admin/session (bearer session → cookie)', () => {
    it('sets an HttpOnly, SameSite=Strict cookie for a platform admin’s session', async () => {
      const token = await logIn(web.http, admin.email);
      const answer = await web.http.post('/admin/session').set(bearer(token)).set(sameOrigin());
      expect(answer.status).toBe(204);
      expect(answer.headers['cache-control']).toBe('no-store');
      expect(answer.headers['set-cookie']).toEqual([
        `${ADMIN_SESSION_COOKIE}=${token}; Path=/; Max-Age=${web.config.sessions.absoluteTimeoutSeconds}; HttpOnly; SameSite=Strict`,
      ]);
    });

    it('refuses anyone else, and sets no cookie', async () => {
      const refusals = [
        { who: 'nobody', headers: sameOrigin(), status: 401 },
        { who: 'a member', headers: { ...bearer(member.token), ...sameOrigin() }, status: 403 },
        {
          who: 'a dead token',
          headers: { ...bearer('x'.repeat(43)), ...sameOrigin() },
          status: 401,
        },
        {
          who: 'Basic credentials (no session to store)',
          headers: { Authorization: adminAuthorization(web.config), ...sameOrigin() },
          status: 400,
        },
        { who: 'the admin, without Origin', headers: bearer(admin.token), status: 403 },
        {
          who: 'the admin, from another origin',
          headers: { ...bearer(admin.token), Origin: 'https://evil.example' },
          status: 403,
        },
        {
          who: 'the admin, from an opaque origin',
          headers: { ...bearer(admin.token), Origin: 'null' },
          status: 403,
        },
      ];
      for (const { who, headers, status } of refusals) {
        const answer = await web.http.post('/admin/session').set(headers);
        expect({ who, status: answer.status }).toEqual({ who, status });
        expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(answer.headers['set-cookie']).toBeUndefined();
      }
    });
  });

  describe('where the cookie counts', () => {
    it('opens Swagger UI, its document and the queue dashboard', async () => {
      const { cookie } = await adminCookie();
      for (const page of ['/docs', '/docs-json', '/admin/queues', '/admin/queues/api/queues']) {
        const answer = await web.http.get(page).set('Cookie', cookie).redirects(1);
        expect({ page, status: answer.status }).toEqual({ page, status: 200 });
      }
    });

    it('is never accepted on the API or /metrics, not even on the admin API', async () => {
      const { cookie } = await adminCookie();
      for (const route of [
        '/v1/me',
        '/v1/admin/jobs/dead',
        `/v1/workspaces/${admin.workspaceId}/projects`,
        '/metrics',
      ]) {
        const answer = await web.http.get(route).set('Cookie', cookie);
        expect({ route, status: answer.status }).toEqual({ route, status: 401 });
      }
    });

    it('holding a member’s session, gets 403 on every page', async () => {
      for (const page of ['/docs', '/docs-json', '/admin/queues', '/admin/queues/api/queues']) {
        const answer = await web.http.get(page).set('Cookie', cookieOf(member.token));
        expect({ page, status: answer.status }).toEqual({ page, status: 403 });
        expect(answer.body.type).toBe('urn:tenfold:problem:platform-admin-required');
      }
    });

    it('holding nothing valid, gets the 401 that points to the login page', async () => {
      for (const cookie of [cookieOf('x'.repeat(43)), cookieOf('not a token'), 'other=1']) {
        const answer = await web.http.get('/docs-json').set('Cookie', cookie);
        expect(answer.status).toBe(401);
        expect(answer.body.detail).toContain('/admin/login');
      }
    });

    it('takes a bull-board write only from a page of this origin', async () => {
      const { cookie } = await adminCookie();
      const queue = web.app.get<Queue>(getQueueToken('reports'));
      const pause = '/admin/queues/api/queues/reports/pause';
      for (const headers of [{}, { Origin: 'https://evil.example' }]) {
        const answer = await web.http.put(pause).set('Cookie', cookie).set(headers);
        expect(answer.status).toBe(403);
        expect(answer.body.type).toBe('urn:tenfold:problem:cross-origin-admin-request');
      }
      expect(await queue.isPaused()).toBe(false);

      expect((await web.http.put(pause).set('Cookie', cookie).set(sameOrigin())).status).toBe(200);
      expect(await queue.isPaused()).toBe(true);
      const resume = '/admin/queues/api/queues/reports/resume';
      expect((await web.http.put(resume).set('Cookie', cookie).set(sameOrigin())).status).toBe(200);
      expect(await queue.isPaused()).toBe(false);
    });
  });

  describe('ending it', () => {
    it('POST /admin/logout ends the session and clears the cookie', async () => {
      const { cookie, token } = await adminCookie();
      const answer = await web.http.post('/admin/logout').set('Cookie', cookie).set(sameOrigin());
      expect(answer.status).toBe(204);
      expect(answer.headers['set-cookie']).toEqual([
        `${ADMIN_SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict`,
      ]);
      expect((await web.http.get('/docs-json').set('Cookie', cookie)).status).toBe(401);
      expect((await web.http.get('/v1/me').set(bearer(token))).status).toBe(401);
    });

    it('refuses a sign-out from another origin: the session lives on', async () => {
      const { cookie } = await adminCookie();
      for (const headers of [{}, { Origin: 'https://evil.example' }]) {
        const answer = await web.http.post('/admin/logout').set('Cookie', cookie).set(headers);
        expect(answer.status).toBe(403);
        expect(answer.headers['set-cookie']).toBeUndefined();
      }
      expect((await web.http.get('/docs-json').set('Cookie', cookie)).status).toBe(200);
    });

    it('a logout through the API stops the cookie on the next request', async () => {
      const { cookie, token } = await adminCookie();
      expect((await web.http.get('/docs-json').set('Cookie', cookie)).status).toBe(200);
      expect((await web.http.post('/v1/auth/logout').set(bearer(token))).status).toBe(204);
      expect((await web.http.get('/docs-json').set('Cookie', cookie)).status).toBe(401);
    });

    it('clears the cookie even when it names no session any more', async () => {
      const answer = await web.http
        .post('/admin/logout')
        .set('Cookie', cookieOf('x'.repeat(43)))
        .set(sameOrigin());
      expect(answer.status).toBe(204);
      expect(answer.headers['set-cookie']?.[0]).toMatch(/Max-Age=0/);
    });
  });
});
