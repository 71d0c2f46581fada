import { join } from 'node:path';

import type { DataSourceOptions } from 'typeorm';

import type { AppConfig } from '../config/app-config';

// Globs rather than imported classes: infrastructure must not import modules (architecture rule).
// From src/ these match .ts; from dist/src they match the compiled .js.
const sourceRoot = join(__dirname, '..', '..');
const migrationsDirectory = join(sourceRoot, '..', 'migrations');

export const ENTITY_GLOB = join(sourceRoot, '{modules,infrastructure}', '**', '*.entity.{ts,js}');
export const MIGRATION_GLOB = join(migrationsDirectory, '*.{ts,js}');

/** What every connection to tenfold's database agrees on, replicated or not (CLI, tests). */
export const SCHEMA_OPTIONS = {
  type: 'postgres',
  entities: [ENTITY_GLOB],
  migrations: [MIGRATION_GLOB],
  migrationsTableName: 'typeorm_migrations',
  // gen_random_uuid() is built into Postgres 13+: no extension to install, no superuser needed.
  uuidExtension: 'pgcrypto',
  installExtensions: false,
  synchronize: false,
  migrationsRun: false,
} as const satisfies DataSourceOptions;

/** Primary + replica; writes, transactions and plain reads go to the primary unless a path opts in. */
export function buildDataSourceOptions(
  config: AppConfig,
  applicationName: string,
): DataSourceOptions {
  const extra = {
    application_name: applicationName,
    statement_timeout: config.database.statementTimeoutMs,
    connectionTimeoutMillis: 5_000,
  };
  return {
    ...SCHEMA_OPTIONS,
    replication: {
      master: { url: config.database.primaryUrl },
      slaves: [{ url: config.database.replicaUrl }],
      defaultMode: 'master',
    },
    poolSize: config.database.poolSize,
    extra,
  };
}
