import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { MODULES_WITH_A_ROLE } from '../../src/infrastructure/database/module-roles/module-roles';
import { QUEUE_CATALOGUE } from '../../src/infrastructure/queue/queue-catalogue';
import type { QueueName } from '../../src/infrastructure/queue/queue-names';

/**
 * The static half of the module-role rule: every way into a module acts as that module. A module
 * left out would fail open (its SQL under the login role), which no query would notice. Reads the
 * source text of `<root>/modules/<name>/` and answers one line per problem, sorted.
 */
export function moduleRoleWiringProblems(root: string): string[] {
  const modulesRoot = join(root, 'modules');
  const problems: string[] = [];
  for (const module of readdirSync(modulesRoot).sort()) {
    const folder = join(modulesRoot, module);
    const where = (file: string) => relative(root, file);
    if (!(MODULES_WITH_A_ROLE as readonly string[]).includes(module)) {
      problems.push(`modules/${module} has no database role (MODULES_WITH_A_ROLE)`);
    }
    const httpModule = join(folder, `${module}.http.module.ts`);
    if (
      existsSync(httpModule) &&
      !readFileSync(httpModule, 'utf8').includes(`ownedByModule('${module}')`)
    ) {
      problems.push(`${where(httpModule)} does not declare ownedByModule('${module}')`);
    }
    for (const file of sourceFiles(folder)) {
      const text = readFileSync(file, 'utf8');
      for (const [, name] of text.matchAll(/@EventConsumer\(\{\s*name:\s*'([^']+)'/g)) {
        if (!name.startsWith(`${module}.`)) {
          problems.push(
            `${where(file)}: consumer '${name}' would act as another module than ${module}`,
          );
        }
      }
      for (const [, queue] of text.matchAll(/@QueueProcessor\('([^']+)'\)/g)) {
        const owner = QUEUE_CATALOGUE[queue as QueueName]?.module;
        if (owner !== module) {
          problems.push(
            `${where(file)}: queue '${queue}' acts as ${owner ?? 'no module'}, not ${module}`,
          );
        }
      }
    }
  }
  return problems.sort();
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
    .map((file) => join(folder, file));
}
