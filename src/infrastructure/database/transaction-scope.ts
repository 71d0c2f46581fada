import { AsyncLocalStorage } from 'node:async_hooks';

const scope = new AsyncLocalStorage<true>();

/**
 * Marks the async work of an open write transaction, so that a read started inside it stays on
 * the primary: it must see the transaction's own uncommitted writes, and a replica never can.
 */
export function insideTransaction(): boolean {
  return scope.getStore() === true;
}

export function runInTransactionScope<T>(work: () => Promise<T>): Promise<T> {
  return scope.run(true, work);
}
