import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { shown, stringOption } from '../cli-arguments';
import type { CliCommand, CommandInput, CommandResult, CommandSpec } from '../cli-command';
import { CliUsageError } from '../cli-errors';

const SEED = join('scripts', 'seed-demo.js');

/**
 * `seed:demo`: runs scripts/seed-demo.js, which seeds through the public API like any client (so it
 * needs a running web and worker, and no database connection of its own here). Its output is
 * passed through as it comes; with `--json` it is collected into `output`.
 */
export class SeedDemoCliCommand implements CliCommand {
  static readonly spec: CommandSpec = {
    name: 'seed:demo',
    summary: 'Seed the demo workspace through the API (scripts/seed-demo.js)',
    usage: '[--base-url <web origin, default TENFOLD_BASE_URL or http://127.0.0.1:3000>]',
    options: { 'base-url': { type: 'string' } },
    positionals: { min: 0, max: 0 },
    withoutContext: true,
  };

  async run(input: CommandInput): Promise<CommandResult> {
    const baseUrl = stringOption(input, 'base-url');
    if (baseUrl !== undefined && !/^https?:\/\/[^\s/]+\/?$/.test(baseUrl)) {
      throw new CliUsageError(`--base-url must be an http(s) origin, not "${shown(baseUrl)}"`);
    }
    const env = baseUrl === undefined ? process.env : { ...process.env, TENFOLD_BASE_URL: baseUrl };
    const output = await runSeed(seedScript(), env, !input.json);
    return { json: { seeded: true, output }, text: '' };
  }
}

/** The repository's scripts/, found from this file in src/ (tests) or dist/src/ (the build). */
function seedScript(): string {
  for (let dir = __dirname; dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(join(dir, SEED))) return join(dir, SEED);
  }
  throw new Error(`${SEED} not found above ${__dirname}`);
}

/** Runs the seed with this Node; answers its stdout lines, and fails with its own message. */
function runSeed(script: string, env: NodeJS.ProcessEnv, passThrough: boolean): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (passThrough) process.stdout.write(chunk);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) return resolve(stdout.split('\n').filter(Boolean));
      reject(new Error(stderr.trim() || `scripts/seed-demo.js exited with ${code}`));
    });
  });
}
