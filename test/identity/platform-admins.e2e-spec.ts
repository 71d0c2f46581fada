import { DataSource } from 'typeorm';

import { bearer, logIn, signUp } from '../harness/accounts';
import { testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';

/**
 * Platform admins are granted in the database (`npm run cli -- admins:grant`, tested in
 * test/cli/admins.e2e-spec.ts) and count only with a verified email; an email address in config
 * grants nothing any more.
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
});
