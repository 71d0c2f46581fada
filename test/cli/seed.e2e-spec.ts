import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { freePort } from '../harness/free-port';
import { startWebAndMailWorker, type WebAndMailWorker } from '../support/web-and-mail-worker';
import { operatorCli } from './support/operator-cli';

// Every command is a process of its own, and the seed waits for mail and events: slow when busy.
jest.setTimeout(300_000);

const run = promisify(execFile);
const CLIENT_TSCONFIG = join(__dirname, '..', '..', 'clients', 'typescript', 'tsconfig.json');

/** seed:demo runs scripts/seed-demo.js (test/demo-seed.e2e-spec.ts covers what it seeds). */
describe('operator CLI: the demo seed', () => {
  let processes: WebAndMailWorker | undefined;

  beforeAll(async () => {
    // What `npm run client:build` does: the seed calls the API through the compiled client.
    const built = run(process.execPath, [
      require.resolve('typescript/bin/tsc'),
      '-p',
      CLIENT_TSCONFIG,
    ]);
    try {
      processes = await startWebAndMailWorker();
    } finally {
      await built;
    }
  });
  afterAll(() => processes?.stop());

  it('seeds the demo workspace through the API of the given web process', async () => {
    const seeded = await operatorCli(['seed:demo', '--base-url', processes!.baseUrl]);
    expect(seeded.code).toBe(0);
    expect(seeded.stdout).toContain('Demo workspace "Acme launch (demo)"');

    const login = await fetch(`${processes!.baseUrl}/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'ann@demo.tenfold.dev', password: 'tenfold-demo-password' }),
    });
    expect(login.status).toBe(200);
    const { session } = (await login.json()) as { session: { token: string } };
    const workspaces = (await (
      await fetch(`${processes!.baseUrl}/v1/workspaces`, {
        headers: { Authorization: `Bearer ${session.token}` },
      })
    ).json()) as { name: string; role: string }[];
    expect(workspaces).toContainEqual(
      expect.objectContaining({ name: 'Acme launch (demo)', role: 'owner' }),
    );

    // Again, with --json: nothing new to create, the seed's lines collected.
    const again = await operatorCli(['seed:demo', '--base-url', processes!.baseUrl, '--json']);
    expect(again.code).toBe(0);
    const { seeded: done, output } = JSON.parse(again.stdout) as {
      seeded: boolean;
      output: string[];
    };
    expect(done).toBe(true);
    expect(output[0]).toMatch(/^Demo workspace "Acme launch \(demo\)"/);
  });

  it("fails with the seed's own message when the API is not there, and refuses a bad origin", async () => {
    const closed = await operatorCli([
      'seed:demo',
      '--base-url',
      `http://127.0.0.1:${await freePort()}`,
    ]);
    expect(closed.code).toBe(3);
    expect(closed.stderr).toMatch(
      /^seed:demo failed: Demo seed failed: cannot reach tenfold at http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)/,
    );
    const bad = await operatorCli(['seed:demo', '--base-url', 'file:///etc/passwd']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--base-url must be an http(s) origin');
  });
});
