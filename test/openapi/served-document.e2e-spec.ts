import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { bearer, logIn, signUp } from '../harness/accounts';
import { apiOverUrl } from '../harness/api-client';
import type { NodeProcess } from '../harness/node-process';
import { REPO_ROOT } from '../harness/repo-root';
import { startTenfold } from '../harness/tenfold-process';

const run = promisify(execFile);

/**
 * The contract clients build on is the one that runs: a web process from the build serves, at
 * /docs-json, exactly the committed openapi.json (which `npm test` also proves is what
 * `npm run openapi` generates, and lints: scripts/openapi-check.sh).
 */
describe('the served OpenAPI document', () => {
  let web: NodeProcess;

  beforeAll(async () => {
    web = await startTenfold('web');
    await web.waitUntilReady();
  });
  afterAll(() => web?.stop());

  /** A platform admin's session: granted in the database as operators do (docs/adr/0006). */
  async function platformAdminToken(): Promise<string> {
    const api = apiOverUrl(web.origin);
    const user = await signUp(api, 'contract-reader');
    // This file's database: Jest's process.env, which a child gets only when handed it.
    await run(
      process.execPath,
      [join(REPO_ROOT, 'dist', 'src', 'cli.js'), 'admins:grant', user.email],
      {
        env: { ...process.env },
      },
    );
    return logIn(api, user.email); // the right enters the session at login
  }

  it('is the committed openapi.json, field for field', async () => {
    const committed: unknown = JSON.parse(readFileSync(join(REPO_ROOT, 'openapi.json'), 'utf8'));
    const answer = await fetch(`${web.origin}/docs-json`, {
      headers: bearer(await platformAdminToken()),
    });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual(committed);
  });
});
