import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { DataSource } from 'typeorm';

import { bearer, logIn, markEmailVerified, signUp } from '../harness/accounts';
import { testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';

const run = promisify(execFile);
const GRANT = join(__dirname, '..', '..', 'scripts', 'admin-grant.js');

/**
 * Platform admins are granted in the database (scripts/admin-grant.js) and count only with a
 * verified email; an email address in config grants nothing any more.
 */
describe('platform admins from the database', () => {
  let web: WebAppUnderTest;
  let config: ReturnType<typeof testConfig>;

  /** Pages and API reserved to platform admins. */
  const adminOnly = ['/v1/admin/jobs/dead', '/docs-json', '/admin/queues/api/queues'];

  beforeAll(async () => {
    config = testConfig();
    web = await WebAppUnderTest.start(config);
  });
  afterAll(() => web?.close());

  const grant = (...args: string[]) =>
    run(process.execPath, [GRANT, ...args], {
      env: {
        ...process.env,
        DB_PRIMARY_URL: config.database.primaryUrl,
        REDIS_URL: config.redis.url,
        REDIS_KEY_PREFIX: config.redis.keyPrefix,
      },
    }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
  const statuses = async (token: string) =>
    Promise.all(
      adminOnly.map(async (page) => (await web.http.get(page).set(bearer(token))).status),
    );
  const setFlag = (email: string) =>
    web.app
      .get(DataSource)
      .query(`UPDATE identity.users SET is_platform_admin = true WHERE email = $1`, [email]);

  it('no longer takes an email listed in PLATFORM_ADMIN_EMAILS as an admin', async () => {
    const user = await signUp(web.http, 'listed');
    const listing = await WebAppUnderTest.start(
      testConfig({ PLATFORM_ADMIN_EMAILS: user.email.toUpperCase() }),
    );
    try {
      const token = await logIn(listing.http, user.email);
      for (const page of adminOnly) {
        const response = await listing.http.get(page).set(bearer(token));
        expect([page, response.status]).toEqual([page, 403]);
        expect(response.body.type).toBe('urn:tenfold:problem:platform-admin-required');
      }
    } finally {
      await listing.close();
    }
  });

  it('does not make a granted user with an unverified address an admin', async () => {
    const user = await signUp(web.http, 'unverified-admin', { verified: false });
    await setFlag(user.email);
    expect(await statuses(await logIn(web.http, user.email))).toEqual([403, 403, 403]);
  });

  it('the grant command refuses unknown and unverified users, grants verified ones from their next login', async () => {
    const unknown = await grant('nobody-here@example.test');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no user has the email nobody-here@example.test');

    const user = await signUp(web.http, 'granted', { verified: false });
    const unverified = await grant(user.email);
    expect(unverified.code).toBe(1);
    expect(unverified.stderr).toMatch(/has not verified the address yet: nothing granted/);
    expect(await statuses(await logIn(web.http, user.email))).toEqual([403, 403, 403]);

    await markEmailVerified(user.email);
    const granted = await grant(user.email.toUpperCase());
    expect(granted.code).toBe(0);
    expect(granted.stdout).toContain('is a platform admin from their next login');
    // The session issued before the grant stays what it was; a new login carries the flag.
    expect(await statuses(user.token)).toEqual([403, 403, 403]);
    const adminToken = await logIn(web.http, user.email);
    expect(await statuses(adminToken)).toEqual([200, 200, 200]);

    const revoked = await grant('--revoke', user.email);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toMatch(/no platform admin any more; \d+ session\(s\) ended/);
    expect((await web.http.get('/v1/me').set(bearer(adminToken))).status).toBe(401);
    expect(await statuses(await logIn(web.http, user.email))).toEqual([403, 403, 403]);
  });

  it('the grant command explains its usage', async () => {
    const usage = await grant();
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('usage: node scripts/admin-grant.js <email>');
  });
});
