import { Client } from 'pg';

/** The database each Jest worker owns; all are cloned from one migrated template per run. */
export const TEMPLATE_DATABASE = 'tenfold_test_template';

export function workerDatabase(workerId: string | number): string {
  return `tenfold_test_w${workerId}`;
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function recreateDatabase(
  adminUrl: string,
  database: string,
  template?: string,
): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${database}"${template ? ` TEMPLATE "${template}"` : ''}`);
  } finally {
    await client.end();
  }
}
