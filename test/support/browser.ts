import { existsSync } from 'node:fs';

import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** Debian's chromium (scripts/stack/up.sh installs it); puppeteer-core downloads nothing. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No browser at ${CHROMIUM}: run npm run stack:up, which installs it (or apt-get install chromium)`,
    );
  }
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
}

/**
 * `describe` for a browser test: skipped, with one line saying why, on a machine without
 * chromium (the stack script installs it, so CI always runs these).
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (existsSync(CHROMIUM)) {
    describe(name, body);
    return;
  }
  process.stderr.write(`Skipping "${name}": no chromium at ${CHROMIUM} (npm run stack:up)\n`);
  describe.skip(name, body);
}

/**
 * Every request the page makes from now on, as `origin path`. The page's Content Security Policy is
 * bypassed, so that a request the CSP would have refused still shows up here: the pages must not
 * ask for another host at all. A request to another host is recorded and aborted, never sent.
 */
export async function recordRequests(page: Page, ownOrigin: string): Promise<string[]> {
  const requests: string[] = [];
  await page.setBypassCSP(true);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') {
      void request.continue();
      return;
    }
    requests.push(`${url.origin} ${url.pathname}`);
    void (url.origin === ownOrigin ? request.continue() : request.abort('blockedbyclient'));
  });
  return requests;
}

/** The requests that went (or tried to go) to another host than `ownOrigin`. */
export function toOtherHosts(requests: readonly string[], ownOrigin: string): string[] {
  return requests.filter((request) => !request.startsWith(`${ownOrigin} `));
}
