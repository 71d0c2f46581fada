import { isDatabaseConnectionError } from './database-client';

/**
 * SQLSTATEs that say "this server cannot serve you now", not "your statement is wrong": connection
 * exceptions (class 08), a server shutting down or starting (57P01–57P03), no connection slot left
 * (53300), and a write sent to a server in recovery (25006: the URL names a standby, e.g. mid-failover).
 */
const UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', '53300', '25006']);
const UNAVAILABLE_CLASSES = ['08'];

/** What pg and pg-pool say when a connection breaks, cannot be made in time, or none is free. */
const UNAVAILABLE_MESSAGES = new Set([
  'Connection terminated unexpectedly',
  'Connection terminated',
  'Connection terminated due to connection timeout',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
]);

/**
 * The connection of a transaction broke while it ran: TypeORM released the query runner at its
 * connection's error, and the work then failed on the released runner (UnitOfWork).
 */
export class TransactionConnectionLost extends Error {
  constructor(cause: unknown) {
    super('The connection of a transaction broke before it committed', { cause });
    this.name = 'TransactionConnectionLost';
  }
}

/**
 * Whether an error means that Postgres (the primary, or a replica without a fallback) is
 * unreachable, rather than that a statement failed. TypeORM wraps driver errors in
 * QueryFailedError (`driverError`); pg-pool wraps a timed-out connect (`cause`): both are followed.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (isDatabaseConnectionError(current) || current instanceof TransactionConnectionLost) {
      return true;
    }
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (isUnavailableCode(code)) return true;
    if (current instanceof Error && UNAVAILABLE_MESSAGES.has(String(message))) return true;
    const next = current as { driverError?: unknown; cause?: unknown };
    current = next.driverError ?? next.cause;
  }
  return false;
}

function isUnavailableCode(code: unknown): boolean {
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return false;
  return UNAVAILABLE_CODES.has(code) || UNAVAILABLE_CLASSES.includes(code.slice(0, 2));
}
