#!/usr/bin/env node
'use strict';

// Runs the pending TypeORM migrations once, however many of this script start at the same time
// (the Kubernetes migration Job retried, two pipelines, Argo CD and a person). TypeORM's
// `migration:run` takes no lock: two at once would both see a migration as pending and run it
// twice. This script holds a Postgres advisory lock, on a connection of its own, around
// `dataSource.runMigrations()`; the second one waits, then finds nothing pending and exits 0.
//
//   node scripts/migrate-with-lock.js       (the image's migration Job: deploy/kubernetes)
//
// env: the app's configuration (DB_PRIMARY_URL and the rest, as web and worker get it), and
//      MIGRATE_LOCK_TIMEOUT_MS (default 600000): how long to wait for another run's lock before
//      giving up with exit 1 (0 waits for ever).
// Needs the build: it loads dist/src/infrastructure/database/data-source.js (npm run build).

const { join } = require('node:path');
const { Client } = require('pg');

// Any fixed 64-bit number, the same in every release: the lock is "tenfold's migrations".
const MIGRATION_LOCK_KEY = '7305467237805461504';
const DEFAULT_LOCK_TIMEOUT_MS = 600_000;

function log(message) {
  console.log(`[migrate] ${message}`);
}

function lockTimeoutMs() {
  const raw = process.env.MIGRATE_LOCK_TIMEOUT_MS ?? String(DEFAULT_LOCK_TIMEOUT_MS);
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`MIGRATE_LOCK_TIMEOUT_MS must be a whole number of milliseconds, got ${raw}`);
  }
  return value;
}

async function main() {
  const dataSource = require(
    join(__dirname, '..', 'dist', 'src', 'infrastructure', 'database', 'data-source.js'),
  ).default;
  // The lock lives as long as this session: if the process dies, Postgres releases it.
  const lock = new Client({ connectionString: dataSource.options.url });
  await lock.connect();
  try {
    await lock.query(`SET lock_timeout = ${lockTimeoutMs()}`);
    log('waiting for the migration lock');
    await lock.query('SELECT pg_advisory_lock($1::bigint)', [MIGRATION_LOCK_KEY]);
    log('holding the migration lock');
    await dataSource.initialize();
    try {
      const applied = await dataSource.runMigrations(); // as `typeorm migration:run` does
      log(
        applied.length === 0
          ? 'nothing to apply: the schema is up to date'
          : `applied ${applied.length}: ${applied.map((m) => m.name).join(', ')}`,
      );
    } finally {
      await dataSource.destroy();
    }
    await lock.query('SELECT pg_advisory_unlock($1::bigint)', [MIGRATION_LOCK_KEY]);
  } finally {
    await lock.end();
  }
}

main().catch((error) => {
  console.error(`[migrate] failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
