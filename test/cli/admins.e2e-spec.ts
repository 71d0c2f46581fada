import { bearer, logIn, markEmailVerified, signUp } from '../harness/accounts';
import { testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { jsonOf, operatorCli } from './support/operator-cli';

// Every command is a process of its own (a Nest context, connections): slow on a busy machine.
jest.setTimeout(300_000);

/**
 * admins:grant, admins:revoke and admins:list: the platform-admin right lives in the database and
 * counts only with a verified email (docs/adr/0006); the CLI is the only way to grant it.
 */
describe('operator CLI: platform admins', () => {
  let web: WebAppUnderTest;

  /** Pages and API reserved to platform admins. */
  const adminOnly = ['/v1/admin/jobs/dead', '/docs-json', '/admin/queues/api/queues'];

  beforeAll(async () => {
    web = await WebAppUnderTest.start(testConfig());
  });
  afterAll(() => web?.close());

  const statuses = (token: string) =>
    Promise.all(
      adminOnly.map(async (page) => (await web.http.get(page).set(bearer(token))).status),
    );
  const listed = async () =>
    jsonOf<{ items: { email: string; verified: boolean }[] }>(
      await operatorCli(['admins:list', '--json']),
    ).items.map((admin) => admin.email);

  it('refuses unknown and unverified users, grants verified ones from their next login, and revokes', async () => {
    const unknown = await operatorCli(['admins:grant', 'nobody-here@example.test']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no user has the email nobody-here@example.test');

    const user = await signUp(web.http, 'cli-granted', { verified: false });
    const unverified = await operatorCli(['admins:grant', user.email]);
    expect(unverified.code).toBe(1);
    expect(unverified.stderr).toMatch(/has not verified the address yet: nothing granted/);
    expect(await listed()).not.toContain(user.email);

    await markEmailVerified(user.email);
    const granted = await operatorCli(['admins:grant', user.email.toUpperCase()]);
    expect(granted).toMatchObject({ code: 0 });
    expect(granted.stdout).toContain(`${user.email} is a platform admin from their next login`);
    expect(await listed()).toContain(user.email);
    const table = await operatorCli(['admins:list']);
    expect(table.stdout).toMatch(
      new RegExp(`^${user.email.replace(/\./g, '\\.')}\\s+[0-9a-f-]{36}\\s+yes$`, 'm'),
    );
    // The session issued before the grant stays what it was; a new login carries the flag.
    expect(await statuses(user.token)).toEqual([403, 403, 403]);
    const adminToken = await logIn(web.http, user.email);
    expect(await statuses(adminToken)).toEqual([200, 200, 200]);

    // Without --yes: what it would do, and the admin keeps the right and the session.
    const dryRun = await operatorCli(['admins:revoke', user.email]);
    expect(dryRun.code).toBe(0);
    expect(dryRun.stdout).toContain(
      `Would take the platform-admin right from ${user.email} (an admin now)`,
    );
    expect(await statuses(adminToken)).toEqual([200, 200, 200]);

    const revoked = jsonOf<{ email: string; platformAdmin: boolean; sessionsEnded: number }>(
      await operatorCli(['admins:revoke', user.email, '--yes', '--json']),
    );
    expect(revoked).toEqual({ email: user.email, platformAdmin: false, sessionsEnded: 2 });
    expect((await web.http.get('/v1/me').set(bearer(adminToken))).status).toBe(401);
    expect(await statuses(await logIn(web.http, user.email))).toEqual([403, 403, 403]);
    expect(await listed()).not.toContain(user.email);
  });

  it('refuses bad addresses and unknown users to revoke, changing nothing', async () => {
    const missing = await operatorCli(['admins:revoke', 'nobody-here@example.test', '--yes']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(
      'no user has the email nobody-here@example.test: nothing revoked',
    );
    for (const args of [
      ['admins:grant', 'not-an-email'],
      ['admins:grant', `${'a'.repeat(400)}@example.test`],
      ['admins:grant', 'a@example.test', '--yes'],
    ]) {
      const run = await operatorCli(args);
      expect([args.join(' ').slice(0, 40), run.code]).toEqual([args.join(' ').slice(0, 40), 2]);
      expect(run.stderr).toMatch(/\nusage: npm run cli -- admins:/);
      expect(run.stderr.length).toBeLessThan(600);
    }
  });
});
