import { execFile } from 'node:child_process';
import { join } from 'node:path';

import { REPO_ROOT } from '../../harness/repo-root';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

const CLI = join(REPO_ROOT, 'dist', 'src', 'cli.js');

/**
 * Runs the built operator CLI (`npm run build` first) as an operator would, with this test file's
 * environment (its database and Redis prefix: test/support/worker-environment.ts) plus `env`.
 */
export function operatorCli(
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { env: { ...process.env, ...env }, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') return reject(error);
        resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
      },
    );
  });
}

/** The JSON a `--json` run printed, after checking it succeeded. */
export function jsonOf<T>(run: CliRun): T {
  if (run.code !== 0) throw new Error(`cli exited ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}
