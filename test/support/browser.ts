import { existsSync } from 'node:fs';

import puppeteer, { type Browser } from 'puppeteer-core';

/** Debian's chromium (scripts/ensure-chromium.sh installs it); puppeteer-core downloads nothing. */
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
