import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** One unit of work: a request on the web side, an event inside a consumer, a job. */
interface WorkScope {
  correlationId: string;
  /** Made on the first set: most requests (health, metrics, anonymous) never need one. */
  slots?: Map<ScopeSlot<unknown>, unknown>;
}

const storage = new AsyncLocalStorage<WorkScope>();

/**
 * The correlation id of the work in progress: the request id on the web side, the event's
 * correlation id inside a consumer. Events published meanwhile carry it, so one user action can be
 * followed through every event and job it caused.
 */
export function currentCorrelationId(): string {
  return storage.getStore()?.correlationId ?? randomUUID();
}

/** Runs `work` as one unit of work: its correlation id and its own empty slots. */
export function withCorrelationId<T>(correlationId: string, work: () => T): T {
  return storage.run({ correlationId }, work);
}

/**
 * A value that lives as long as the unit of work in progress, in the same AsyncLocalStorage
 * context as its correlation id (one per request). Outside any unit of work, get answers
 * undefined and set does nothing. Used to keep what a request has already learned from Redis
 * (e.g. the caller's write position, read with the session) so that it is not asked twice.
 */
export class ScopeSlot<T> {
  constructor(readonly name: string) {}

  /** Whether a unit of work is in progress, i.e. whether set would keep anything. */
  static available(): boolean {
    return storage.getStore() !== undefined;
  }

  get(): T | undefined {
    return storage.getStore()?.slots?.get(this) as T | undefined;
  }

  set(value: T): void {
    const scope = storage.getStore();
    if (scope) (scope.slots ??= new Map()).set(this, value);
  }
}
