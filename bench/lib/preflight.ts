import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

import type { Need } from './processes';

interface Check {
  ok: boolean;
  message?: string;
  note?: string | null;
}

/** dist/src/main.js must exist; a note when some file in src/ is newer than the build. */
function checkDist(root: string): Check & { builtAt?: string } {
  const main = join(root, 'dist', 'src', 'main.js');
  if (!existsSync(main)) {
    return { ok: false, message: 'dist/src/main.js is missing: run `npm run build` first.' };
  }
  const builtAt = statSync(main).mtimeMs;
  const newest = newestFile(join(root, 'src'));
  const stale = newest && newest.mtimeMs > builtAt ? relative(root, newest.file) : null;
  return {
    ok: true,
    builtAt: new Date(builtAt).toISOString(),
    note: stale
      ? `note: ${stale} is newer than dist/ — this run measures the last build (\`npm run build\` to refresh).`
      : null,
  };
}

function newestFile(dir: string): { file: string; mtimeMs: number } | null {
  let newest: { file: string; mtimeMs: number } | null = null;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const { mtimeMs } = statSync(file);
    if (!newest || mtimeMs > newest.mtimeMs) newest = { file, mtimeMs };
  }
  return newest;
}

// Parts of the local stack no bench process needs: the broker serves only EVENT_TRANSPORT=rabbitmq,
// and the bench pins its workers to the in-process transport (the web process never talks to it).
const NOT_NEEDED = new Set(['rabbitmq']);

/**
 * The local stack (Postgres, Redis, S3, SMTP) must be up, or tenfold will not start. A note, not a
 * failure, when only parts the bench does not need are down.
 */
function checkStack(root: string): Check {
  const status = spawnSync('bash', [join(root, 'scripts', 'stack', 'status.sh')], {
    cwd: root,
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (status.status === 0) return { ok: true };
  const down = downParts(status.stdout ?? '');
  if (down.length > 0 && down.every((name) => NOT_NEEDED.has(name))) {
    return { ok: true, note: `note: ${down.join(', ')} down; the bench does not need it` };
  }
  return {
    ok: false,
    message:
      'the local stack is not up, and tenfold does not start without it: run `npm run stack:up`.\n' +
      (status.stdout || status.stderr || status.error?.message || '').trim(),
  };
}

/** Names of the parts status.sh reports as not up (its lines: name, address, state, …). */
function downParts(stdout: string): string[] {
  return stdout
    .split('\n')
    .map((line) => line.match(/^(\S+)\s+127\.0\.0\.1:\d+\s+(\S+)/))
    .filter((match): match is RegExpMatchArray => match !== null && match[2] !== 'up')
    .map((match) => match[1]);
}

/**
 * The database the bench's processes use (DB_PRIMARY_URL, by default the stack's `tenfold`) must
 * have every migration of dist/ applied: a table missing there fails the bench halfway, or worse,
 * makes consumers fail and retry behind the measured events.
 */
function checkMigrations(root: string): Check {
  const show = spawnSync(
    join(root, 'node_modules', '.bin', 'typeorm'),
    ['migration:show', '-d', join('dist', 'src', 'infrastructure', 'database', 'data-source.js')],
    { cwd: root, encoding: 'utf8', timeout: 60_000 },
  );
  const pending = (show.stdout ?? '')
    .split('\n')
    .filter((line) => line.startsWith('[ ]'))
    .map((line) => line.replace(/^\[ \]\s*\d*\s*/, ''));
  if (show.status === 0 && pending.length === 0) return { ok: true };
  return {
    ok: false,
    message:
      pending.length > 0
        ? `the database has ${pending.length} pending migration(s) (${pending.join(', ')}): ` +
          'run `npm run migration:run` first.'
        : `could not list the migrations: ${(show.stderr || show.error?.message || '').trim()}`,
  };
}

/**
 * Stops here, with a message, when what the scenario's processes need (dist/, the stack, the
 * migrations) is not there. Resolves when dist/ was built and the notes to print.
 */
export function preflight(
  root: string,
  needs: ReadonlySet<Need>,
): { distBuiltAt: string | null; notes: string[] } {
  const notes: string[] = [];
  let distBuiltAt: string | null = null;
  const passed = (check: Check) => {
    if (!check.ok) throw new Error(check.message);
    if (check.note) notes.push(check.note);
  };
  if (needs.has('dist')) {
    const dist = checkDist(root);
    passed(dist);
    distBuiltAt = dist.builtAt ?? null;
  }
  if (needs.has('stack')) passed(checkStack(root));
  if (needs.has('dist') && needs.has('stack')) passed(checkMigrations(root));
  return { distBuiltAt, notes };
}
