import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The repository's root: the nearest directory above this file whose package.json names tenfold.
 * Walked up rather than a fixed `../..`, because the harness runs from source (jest) and compiled
 * (bench, from dist-bench/test/harness/).
 */
function findRepoRoot(start: string): string {
  for (let directory = start; ; directory = dirname(directory)) {
    if (isTenfoldRoot(directory)) return directory;
    if (dirname(directory) === directory) {
      throw new Error(`no directory above ${start} has tenfold's package.json`);
    }
  }
}

function isTenfoldRoot(directory: string): boolean {
  try {
    const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as {
      name?: unknown;
    };
    return manifest.name === 'tenfold';
  } catch {
    return false;
  }
}

export const REPO_ROOT: string = findRepoRoot(__dirname);
