import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { lintAs } from '../support/lint-as';

// The ESLint rule that keeps module code writing through UnitOfWork (eslint.config.mjs), run with
// the project's real config on a fixture that breaks it and on a real handler that keeps it.

const repoRoot = join(__dirname, '..', '..');
const fixture = join(
  repoRoot,
  'test',
  'fixtures',
  'unit-of-work',
  'opens-its-own-transaction.handler.ts',
);
const realHandler = join(
  repoRoot,
  'src/modules/projects/application/complete-task/complete-task.handler.ts',
);

describe('rule: modules write through UnitOfWork', () => {
  it('reports a module that opens a transaction or a query runner of its own', async () => {
    const result = await lintAs(
      readFileSync(fixture, 'utf8'),
      'src/modules/projects/application/rename-project/opens-its-own-transaction.handler.ts',
    );
    const broken = result.messages.filter((m) => m.ruleId === 'no-restricted-syntax');
    expect(broken.map((m) => m.line)).toEqual([9, 12]);
    expect(broken[0].message).toContain('UnitOfWork.run');
  }, 60_000);

  it('leaves the same code alone outside modules, where infrastructure implements UnitOfWork', async () => {
    const result = await lintAs(
      readFileSync(fixture, 'utf8'),
      'src/infrastructure/database/opens-its-own-transaction.ts',
    );
    expect(result.messages.filter((m) => m.ruleId === 'no-restricted-syntax')).toEqual([]);
  }, 60_000);

  it('passes the module handlers as they are', async () => {
    const result = await lintAs(readFileSync(realHandler, 'utf8'), realHandler);
    expect(result.messages).toEqual([]);
  }, 60_000);
});
