import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

const storage = new AsyncLocalStorage<string>();

/**
 * The correlation id of the work in progress: the request id on the web side, the event's
 * correlation id inside a consumer. Events published meanwhile carry it, so one user action can be
 * followed through every event and job it caused.
 */
export function currentCorrelationId(): string {
  return storage.getStore() ?? randomUUID();
}

export function withCorrelationId<T>(correlationId: string, work: () => T): T {
  return storage.run(correlationId, work);
}
