'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

/** dist/src/main.js must exist; a note when some file in src/ is newer than the build. */
function checkDist(root) {
  const main = path.join(root, 'dist', 'src', 'main.js');
  if (!fs.existsSync(main)) {
    return { ok: false, message: 'dist/src/main.js is missing: run `npm run build` first.' };
  }
  const builtAt = fs.statSync(main).mtimeMs;
  const newest = newestFile(path.join(root, 'src'));
  const stale = newest && newest.mtimeMs > builtAt ? path.relative(root, newest.file) : null;
  return {
    ok: true,
    builtAt: new Date(builtAt).toISOString(),
    note: stale
      ? `note: ${stale} is newer than dist/ — this run measures the last build (\`npm run build\` to refresh).`
      : null,
  };
}

function newestFile(dir) {
  let newest = null;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath ?? entry.path, entry.name);
    const { mtimeMs } = fs.statSync(file);
    if (!newest || mtimeMs > newest.mtimeMs) newest = { file, mtimeMs };
  }
  return newest;
}

/** The local stack (Postgres, Redis, S3, SMTP) must be up, or tenfold will not start. */
function checkStack(root) {
  const status = spawnSync('bash', [path.join(root, 'scripts', 'stack', 'status.sh')], {
    cwd: root,
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (status.status === 0) return { ok: true };
  return {
    ok: false,
    message:
      'the local stack is not up, and tenfold does not start without it: run `npm run stack:up`.\n' +
      (status.stdout || status.stderr || status.error?.message || '').trim(),
  };
}

module.exports = { checkDist, checkStack };
