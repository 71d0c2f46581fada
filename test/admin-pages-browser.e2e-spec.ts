import type { AddressInfo } from 'node:net';

import type { Browser, Page } from 'puppeteer-core';

import { describeInBrowser, launchBrowser } from './support/browser';
import { testConfig } from './support/test-config';
import { WebAppUnderTest } from './support/web-app-under-test';

interface Violation {
  directive: string;
  blocked: string;
}

/**
 * The admin pages in a real browser (Debian's chromium): they render under the Content Security
 * Policy they are sent with, and it refuses nothing (they ask no other host for anything either:
 * swagger-ui-browser.e2e-spec.ts records every request).
 */
describeInBrowser('admin pages in a real browser, under their security headers', () => {
  let web: WebAppUnderTest;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(testConfig());
    await web.app.listen({ host: '127.0.0.1', port: 0 });
    origin = `http://127.0.0.1:${(web.app.getHttpServer().address() as AddressInfo).port}`;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  async function openAsAdmin(path: string): Promise<{ page: Page; violations: Violation[] }> {
    const page = await browser.newPage();
    await page.authenticate({
      username: web.config.admin.username,
      password: web.config.admin.password,
    });
    // Browser-side code as text: this file is compiled without the DOM's types.
    await page.evaluateOnNewDocument(`
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        window.violations.push({ directive: event.violatedDirective, blocked: event.blockedURI }));
    `);
    const response = await page.goto(`${origin}${path}`, {
      waitUntil: 'networkidle0',
      timeout: 30_000,
    });
    expect(response?.status()).toBe(200);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
    const violations = (await page.evaluate('window.violations')) as Violation[];
    return { page, violations };
  }

  it('renders Swagger UI with every operation, the CSP refusing nothing', async () => {
    const { page, violations } = await openAsAdmin('/docs');
    await page.waitForSelector('.swagger-ui .info .title', { timeout: 20_000 });
    expect(await page.$eval('.swagger-ui .info .title', (node) => node.textContent)).toMatch(
      /tenfold API/,
    );
    expect((await page.$$('.opblock')).length).toBeGreaterThan(20);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('renders the queue dashboard with every queue, the CSP refusing nothing', async () => {
    const { page, violations } = await openAsAdmin('/admin/queues');
    await page.waitForFunction(
      `['media', 'reports', 'email', 'webhooks'].every((name) => document.body.innerText.includes(name))`,
      { timeout: 20_000 },
    );
    expect(violations).toEqual([]);
    await page.close();
  });
});
