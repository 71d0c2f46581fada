import { join } from 'node:path';

import type { DataSourceOptions } from 'typeorm';

import type { AppConfig } from '../config/app-config';
import { DatabaseClient } from './database-client';
import { ROLE_ROUTED_PG } from './module-roles/role-routed-pool';

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

/**
 * The application's DataSource: the primary only. Replicas get DataSources of their own
 * (replica.ts), because TypeORM's `replication` option picks a replica at random and cannot be
 * told to use one that has caught up (docs/adr/0012-read-routing-by-wal-position.md).
 */
export function buildDataSourceOptions(
  config: AppConfig,
  applicationName: string,
): DataSourceOptions {
  return connectionOptions(config, config.database.primaryUrl, applicationName);
}

/** One replica's DataSource, for the reads routed to it. */
export function buildReplicaDataSourceOptions(
  config: AppConfig,
  url: string,
  applicationName: string,
): DataSourceOptions {
  return connectionOptions(config, url, applicationName);
}

function connectionOptions(config: AppConfig, url: string, applicationName: string) {
  return {
    ...SCHEMA_OPTIONS,
    url,
    poolSize: config.database.poolSize,
    // Connections start as the acting module's role (module-roles/role-routed-pool.ts).
    driver: ROLE_ROUTED_PG,
    extra: {
      application_name: applicationName,
      statement_timeout: config.database.statementTimeoutMs,
      // Also bounds the wait for a free connection of a busy pool: either way a request that
      // cannot get a connection answers 503 soon (docs/RESILIENCE.md, "Outages").
      connectionTimeoutMillis: config.database.connectTimeoutMs,
      // Marks failures to connect as the database's (database-client.ts).
      Client: DatabaseClient,
    },
  } satisfies DataSourceOptions;
}
