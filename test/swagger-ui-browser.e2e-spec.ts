import type { AddressInfo } from 'node:net';

import type { Browser, Page } from 'puppeteer-core';

import { bearer, PASSWORD, signUp, type SignedInUser } from './harness/accounts';
import { describeInBrowser, launchBrowser, recordRequests, toOtherHosts } from './support/browser';
import { signUpPlatformAdmin } from './support/platform-admin';
import { testConfig } from './support/test-config';
import { WebAppUnderTest } from './support/web-app-under-test';

/**
 * What a platform admin does in a browser (Debian's chromium): sign in on the admin login page
 * (no Basic credentials), use Swagger UI with a session token (Authorize, Try it out, Execute) on
 * a personal and a workspace route, open the queue dashboard, sign out. Every request the pages
 * make is recorded: none may go to another host, with or without the CSP that would refuse it.
 */
describeInBrowser(
  'Swagger UI and the queue dashboard, driven in a browser by a signed-in admin',
  () => {
    let web: WebAppUnderTest;
    let browser: Browser;
    let origin: string;
    let admin: SignedInUser;

    beforeAll(async () => {
      web = await WebAppUnderTest.start(testConfig());
      await web.app.listen({ host: '127.0.0.1', port: 0 });
      origin = `http://127.0.0.1:${(web.app.getHttpServer().address() as AddressInfo).port}`;
      admin = await signUpPlatformAdmin(web.app, web.http, 'browser-admin');
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await web?.close();
    });

    /** A fresh browser profile (no cookies), recording every request. */
    async function freshPage(): Promise<{ page: Page; requests: string[] }> {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const requests = await recordRequests(page, origin);
      return { page, requests };
    }

    async function signInOnLoginPage(
      page: Page,
      email: string,
      password = PASSWORD,
    ): Promise<void> {
      const response = await page.goto(`${origin}/admin/login`, { waitUntil: 'networkidle0' });
      expect(response?.status()).toBe(200);
      await page.type('#email', email);
      await page.type('#password', password);
      await page.click('#sign-in button[type="submit"]');
    }

    const operation = (method: string, path: string) =>
      `.opblock.opblock-${method}:has(.opblock-summary-path[data-path="${path}"])`;

    /** Expands the operation, fills its path parameters, executes it; answers the rendered status. */
    async function tryItOut(
      page: Page,
      block: string,
      parameters: Record<string, string> = {},
    ): Promise<{ status: string; body: string }> {
      await page.click(`${block} .opblock-summary-control`);
      await page.waitForSelector(`${block} .try-out__btn`);
      await page.click(`${block} .try-out__btn`);
      for (const [name, value] of Object.entries(parameters)) {
        const input = `${block} tr[data-param-name="${name}"] input`;
        await page.waitForSelector(input);
        await page.type(input, value);
      }
      await page.click(`${block} .btn.execute`);
      const status = `${block} .live-responses-table .response .response-col_status`;
      await page.waitForSelector(status, { timeout: 20_000 });
      return {
        status: (await page.$eval(status, (node) => node.textContent ?? '')).trim(),
        body: await page.$eval(
          `${block} .live-responses-table .response .response-col_description`,
          (node) => node.textContent ?? '',
        ),
      };
    }

    it('signs an admin in on the login page, then Swagger UI runs authorized requests and bull-board renders, all from this origin', async () => {
      const { page, requests } = await freshPage();
      await signInOnLoginPage(page, admin.email);
      await page.waitForFunction(
        `location.pathname === '/docs/' || location.pathname === '/docs'`,
        {
          timeout: 20_000,
        },
      );
      await page.waitForSelector('.swagger-ui .info .title', { timeout: 20_000 });

      // Authorize with a session token, as a user pastes one from POST /v1/auth/login.
      await page.click('.btn.authorize');
      await page.waitForSelector('input[aria-label="auth-bearer-value"]');
      await page.type('input[aria-label="auth-bearer-value"]', admin.token);
      await page.click(
        '.auth-container:has(input[aria-label="auth-bearer-value"]) button.authorize[type="submit"]',
      );
      await page.waitForSelector('.auth-container button[aria-label="Remove authorization"]');
      await page.click('.modal-ux .btn-done');
      await page.waitForSelector('.modal-ux', { hidden: true });

      const me = await tryItOut(page, operation('get', '/v1/me'));
      expect(me.status).toBe('200');
      expect(me.body).toContain(admin.email);

      const projects = await tryItOut(
        page,
        operation('get', '/v1/workspaces/{workspaceId}/projects'),
        {
          workspaceId: admin.workspaceId,
        },
      );
      expect(projects.status).toBe('200');
      expect(projects.body).toContain('"items"');

      const board = await page.goto(`${origin}/admin/queues`, { waitUntil: 'networkidle0' });
      expect(board?.status()).toBe(200);
      await page.waitForFunction(
        `['media', 'reports', 'email', 'webhooks'].every((name) => document.body.innerText.includes(name))`,
        { timeout: 20_000 },
      );

      expect(requests).toEqual(expect.arrayContaining([`${origin} /v1/auth/login`]));
      expect(requests).toEqual(expect.arrayContaining([`${origin} /v1/me`]));
      expect(toOtherHosts(requests, origin)).toEqual([]);
      await page.browserContext().close();
    });

    it('signs out: the cookie is gone and its session ended', async () => {
      const { page } = await freshPage();
      await signInOnLoginPage(page, admin.email);
      await page.waitForSelector('.swagger-ui .info .title', { timeout: 20_000 });
      const [cookie] = await page.cookies();
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });

      await page.goto(`${origin}/admin/login`, { waitUntil: 'networkidle0' });
      await page.click('#sign-out');
      await page.waitForFunction(`document.querySelector('#status').textContent === 'Signed out.'`);
      expect(await page.cookies()).toEqual([]);
      // Not only forgotten by this browser: a copy of the cookie opens nothing any more.
      const copied = `${cookie.name}=${cookie.value}`;
      expect((await web.http.get('/docs-json').set('Cookie', copied)).status).toBe(401);
      expect((await web.http.get('/v1/me').set(bearer(cookie.value))).status).toBe(401);
      await page.browserContext().close();
    });

    it('tells a wrong password and a user who is no platform admin apart from success, and sets no cookie', async () => {
      const { page } = await freshPage();
      await signInOnLoginPage(page, admin.email, 'not-the-password-at-all');
      await page.waitForFunction(`document.querySelector('#status').textContent.length > 0 &&
      !document.querySelector('#status').textContent.includes('…')`);
      expect(await page.$eval('#status', (node) => node.textContent)).toMatch(/email or password/i);

      const member = await signUp(web.http, 'browser-member');
      await signInOnLoginPage(page, member.email);
      await page.waitForFunction(
        `document.querySelector('#status').textContent.includes('platform admin')`,
      );
      expect(page.url()).toBe(`${origin}/admin/login`);
      expect(await page.cookies()).toEqual([]);
      await page.browserContext().close();
    });
  },
);
