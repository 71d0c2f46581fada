'use strict';
// S3-compatible server for the local stack (s3rver), on 127.0.0.1 only (TENFOLD_BIND_HOST: the
// address a container binds, docker-compose.yml).
// Started detached by scripts/stack/up.sh; can also be run in the foreground:
//   node scripts/stack/s3-server.js
// Credentials: s3rver's defaults, access key S3RVER / secret S3RVER.
// Clients need path-style addressing (AWS SDK v3: forcePathStyle: true).

const fs = require('node:fs');
const path = require('node:path');
const S3rver = require('s3rver');

const repoDir = path.resolve(__dirname, '..', '..');
const stackDir = process.env.TENFOLD_STACK_DIR || path.join(repoDir, '.stack');
const port = Number(process.env.TENFOLD_S3_PORT || 54569);
const directory = process.env.TENFOLD_S3_DIR || path.join(stackDir, 's3');
const runDir = process.env.TENFOLD_RUN_DIR || path.join(stackDir, 'run');
const pidfile = path.join(runDir, 's3.pid');
const buckets = (process.env.TENFOLD_S3_BUCKET || 'tenfold')
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);
const verbose = process.env.TENFOLD_S3_VERBOSE === '1';

function log(message) {
  process.stdout.write(`${new Date().toISOString()} s3 ${message}\n`);
}

fs.mkdirSync(directory, { recursive: true });
fs.mkdirSync(runDir, { recursive: true });

const server = new S3rver({
  address: process.env.TENFOLD_BIND_HOST || '127.0.0.1',
  port,
  directory,
  silent: !verbose,
  configureBuckets: buckets.map((name) => ({ name })),
});

server.run((err, address) => {
  if (err) {
    log(`failed to start: ${err.stack || err}`);
    process.exit(1);
  }
  fs.writeFileSync(pidfile, `${process.pid}\n`);
  log(
    `listening on http://${address.address}:${address.port} ` +
      `(data ${directory}, buckets ${buckets.join(', ')}, pid ${process.pid})`,
  );
});

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  log(`${signal}: shutting down`);
  try {
    if (fs.readFileSync(pidfile, 'utf8').trim() === String(process.pid)) fs.unlinkSync(pidfile);
  } catch {
    // no pidfile, or not ours
  }
  const timer = setTimeout(() => process.exit(0), 3000);
  timer.unref();
  server.close(() => process.exit(0));
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
