import { Client } from 'pg';

const FROM_DATABASE = Symbol.for('tenfold.database.connect-error');

/**
 * pg's Client, whose failures to connect say that they came from Postgres. A refused or reset TCP
 * connection looks the same whichever client made it (S3, SMTP, an outbound call); only this mark
 * lets the HTTP edge answer "database unavailable" for it (database-unavailable.ts). The pools of
 * the primary and of the replicas build their clients from this class (data-source-options.ts).
 */
export class DatabaseClient extends Client {
  override connect(): Promise<Client>;
  override connect(callback: (error: Error) => void): void;
  override connect(callback?: (error: Error) => void): Promise<Client> | void {
    if (!callback) return super.connect().catch((error: unknown) => Promise.reject(mark(error)));
    super.connect((error: Error) => callback(error ? (mark(error) as Error) : error));
  }
}

export function isDatabaseConnectError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && FROM_DATABASE in error;
}

function mark(error: unknown): unknown {
  if (typeof error === 'object' && error !== null) {
    Object.defineProperty(error, FROM_DATABASE, { value: true });
  }
  return error;
}
