import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { MODULES_WITH_A_ROLE } from '../../src/infrastructure/database/module-roles/module-roles';
import { moduleRoleWiringProblems } from './module-role-wiring';

// Postgres enforces the module roles (test/module-roles/); this checks that every way into a
// module acts as it, so none runs under the login role by omission.

const repoRoot = join(__dirname, '..', '..');

describe('rule: every entry point of a module acts as the module', () => {
  it('holds for src/', () => {
    expect(moduleRoleWiringProblems(join(repoRoot, 'src'))).toEqual([]);
  });

  it('reports a fixture that breaks it in each way', () => {
    const fixture = join(repoRoot, 'test', 'fixtures', 'module-roles', 'unwired');
    expect(moduleRoleWiringProblems(fixture)).toEqual([
      "modules/media/consumers/reads-elsewhere.consumer.ts: consumer 'analytics.known-tasks' would act as another module than media",
      "modules/media/jobs/exports.processor.ts: queue 'reports' acts as analytics, not media",
      "modules/media/media.http.module.ts does not declare ownedByModule('media')",
      'modules/reports has no database role (MODULES_WITH_A_ROLE)',
    ]);
  });

  it('names the same modules as the migration that creates the roles', () => {
    const migration = readFileSync(
      join(repoRoot, 'migrations', '1795593000000-create-module-roles.ts'),
      'utf8',
    );
    const listed = /const MODULES = \[([^\]]*)\]/.exec(migration)?.[1] ?? '';
    expect([...listed.matchAll(/'([a-z]+)'/g)].map(([, name]) => name)).toEqual([
      ...MODULES_WITH_A_ROLE,
    ]);
  });
});
