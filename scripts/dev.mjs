#!/usr/bin/env node
// npm run dev: web and worker from source, rebuilt and restarted on every change, against the local
// stack (npm run stack:up), with readable logs.
//
// One compiler for both processes: the Nest CLI's SWC builder in watch mode (nest-cli.dev.json)
// writes dist-dev/, away from the dist/ that `npm run build` and the tests use. After each
// successful compile, web and worker are restarted together (SIGTERM, their graceful shutdown, then
// a new start), so they never run code of two different builds. Each process reads `.env` when it
// exists (node --env-file; TENFOLD_ENV_FILE names another file). Their JSON log lines are
// printed by pino-pretty, here only: production code never loads it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

import pretty from 'pino-pretty';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const nest = join(dirname(require.resolve('@nestjs/cli/package.json')), 'bin', 'nest.js');
const envFile = process.env.TENFOLD_ENV_FILE ?? join(root, '.env');

const PROCESSES = [
  { name: 'web', entry: 'dist-dev/src/main.js' },
  { name: 'worker', entry: 'dist-dev/src/worker.js' },
];

const childEnv = {
  NODE_ENV: 'development',
  // Restarts should be quick: a running job is handed back to its queue after this long.
  SHUTDOWN_GRACE_MS: '3000',
  ...process.env,
};

const say = (message) => process.stdout.write(`[dev] ${message}\n`);

/** One child per process, restarted as a pair. */
const running = new Map();
let stopping = false;

function start({ name, entry }) {
  // Node warns on every start when an --env-file-if-exists file is missing: pass it only if present.
  const envArgs = existsSync(envFile) ? [`--env-file=${envFile}`] : [];
  const child = spawn(process.execPath, [...envArgs, entry], {
    cwd: root,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prettyLog = pretty({
    colorize: process.stdout.isTTY ?? false,
    translateTime: 'HH:MM:ss.l',
    ignore: 'pid,hostname,context',
    messageFormat: `[${name}] {if context}{context}: {end}{msg}`,
    destination: process.stdout,
    sync: true,
  });
  child.stdout.pipe(prettyLog);
  child.stderr.on('data', (chunk) => process.stderr.write(`[${name}] ${chunk}`));
  child.on('exit', (code, signal) => {
    if (running.get(name) === child) running.delete(name);
    if (!stopping && !restartingNow) {
      say(`${name} exited (${signal ?? code}); it starts again after the next change`);
    }
  });
  running.set(name, child);
}

function stopAll() {
  return Promise.all(
    [...running.values()].map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', resolve);
          child.kill('SIGTERM');
        }),
    ),
  );
}

let restarting = Promise.resolve();
let restartingNow = false;
function restart(reason) {
  restarting = restarting.then(async () => {
    if (stopping) return;
    if (running.size > 0) say(`${reason}: restarting web and worker`);
    restartingNow = true;
    await stopAll();
    restartingNow = false;
    if (!stopping) PROCESSES.forEach(start);
  });
}

const compiler = spawn(
  process.execPath,
  [nest, 'build', '--config', 'nest-cli.dev.json', '--watch'],
  { cwd: root, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] },
);
// The SWC builder reports a finished compile on stderr, other news on stdout.
for (const output of [compiler.stdout, compiler.stderr]) {
  createInterface({ input: output }).on('line', (line) => {
    process.stdout.write(`[compile] ${line}\n`);
    if (/Successfully compiled/.test(line)) restart('rebuilt');
  });
}
compiler.on('exit', (code) => {
  if (!stopping) say(`the compiler exited (${code}); stopping`);
  void shutdown(code ?? 1);
});

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  compiler.kill('SIGTERM');
  await restarting;
  await stopAll();
  process.exit(code);
}
// Last resort (an uncaught error, process.exit elsewhere): leave no orphan behind.
process.on('exit', () => {
  compiler.kill('SIGKILL');
  for (const child of running.values()) child.kill('SIGKILL');
});
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
