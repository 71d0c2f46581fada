import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

import { Client } from 'pg';

import { loadConfig } from '../../src/infrastructure/config/load-config';

const run = promisify(execFile);
const REPO = join(__dirname, '..', '..');

/**
 * The stack's second replica, which only test/read-replicas/faults.e2e-spec.ts uses (every other
 * test file reads from the first, see worker-environment.ts): that file pauses its replay and
 * stops and starts it, and no other file may see those faults.
 */
export class FaultReplica {
  private constructor(
    /** The replica's URL with this test worker's database. */
    readonly url: string,
    /** host:port, as the router names it in X-Read-From and metrics. */
    readonly name: string,
  ) {}

  static forDatabase(database: string): FaultReplica {
    const url = new URL(stackReplicaUrl());
    url.pathname = `/${database}`;
    return new FaultReplica(url.toString(), `${url.hostname}:${url.port}`);
  }

  pauseReplay(): Promise<void> {
    return this.sql('SELECT pg_wal_replay_pause()');
  }

  resumeReplay(): Promise<void> {
    return this.sql('SELECT pg_wal_replay_resume()');
  }

  /** Stops the replica's Postgres (pg_ctl, fast mode) through the stack's own script. */
  async stop(): Promise<void> {
    const stackDir = await this.stackDir();
    await this.ctl(stackDir, 'stop');
  }

  async start(stackDir: string): Promise<void> {
    await this.ctl(stackDir, 'start');
  }

  /** The directory of the running stack, which may belong to another checkout (a reused stack). */
  async stackDir(): Promise<string> {
    const client = new Client({ connectionString: this.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ data_directory: string }>('SHOW data_directory');
      return dirname(dirname(rows[0].data_directory)); // <stack>/pg/replica2
    } finally {
      await client.end();
    }
  }

  private async ctl(stackDir: string, verb: 'stop' | 'start'): Promise<void> {
    await run('bash', [join(REPO, 'scripts/stack/replica-ctl.sh'), verb, 'replica-2'], {
      env: { ...process.env, TENFOLD_STACK_DIR: stackDir },
      timeout: 60_000,
    });
  }

  private async sql(statement: string): Promise<void> {
    const client = new Client({ connectionString: this.url });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  }
}

/** The second of the stack's replicas, as the app's defaults (or the environment) name them. */
function stackReplicaUrl(): string {
  const urls = loadConfig({ ...process.env, DB_REPLICA_URLS: undefined }).database.replicaUrls;
  if (urls.length < 2) throw new Error('the local stack has no second replica (npm run stack:up)');
  return urls[1];
}
