import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { REPO_ROOT } from '../../test/harness/repo-root';

/** Writes the raw record of a run to bench/results/<scenario>-<timestamp>.json (git-ignored). */
export function writeResults(scenarioName: string, startedAt: Date, record: object): string {
  const dir = join(REPO_ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const stamp = startedAt
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-');
  const file = join(dir, `${scenarioName}-${stamp}.json`);
  writeFileSync(file, JSON.stringify(record, null, 2) + '\n');
  return relative(process.cwd(), file);
}
