import { Client, type ClientConfig } from 'pg';

const FROM_DATABASE = Symbol.for('tenfold.database.connection-error');

/**
 * pg's Client, whose connection failures say that they came from Postgres. A refused or reset TCP
 * connection looks the same whichever client made it (S3, SMTP, an outbound call); only this mark
 * lets the HTTP edge answer "database unavailable" for it (database-unavailable.ts). The pools of
 * the primary and of the replicas build their clients from this class (data-source-options.ts).
 *
 * Two kinds are marked: a failure to connect, and an error of the established connection (e.g.
 * ECONNRESET when a peer or a middlebox resets it). pg hands the latter to the statements in
 * flight on the next tick and emits it as 'error' now, so the mark is on before they see it.
 */
export class DatabaseClient extends Client {
  constructor(config?: string | ClientConfig) {
    super(config);
    this.on('error', mark);
  }

  override connect(): Promise<Client>;
  override connect(callback: (error: Error) => void): void;
  override connect(callback?: (error: Error) => void): Promise<Client> | void {
    if (!callback) return super.connect().catch((error: unknown) => Promise.reject(mark(error)));
    super.connect((error: Error) => callback(error ? (mark(error) as Error) : error));
  }
}

export function isDatabaseConnectionError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && FROM_DATABASE in error;
}

function mark(error: unknown): unknown {
  if (typeof error === 'object' && error !== null && !(FROM_DATABASE in error)) {
    Object.defineProperty(error, FROM_DATABASE, { value: true });
  }
  return error;
}
