import { AsyncLocalStorage } from 'node:async_hooks';

/** Why a routed read went where it went (the `reason` label of tenfold_db_reads_total). */
export type ReadRouteReason =
  | 'caught-up' // a replica had replayed the reader's last write
  | 'no-recent-writes' // nothing to wait for: any replica in the rotation will do
  | 'not-caught-up' // no replica in the rotation had replayed the reader's last write (in time)
  | 'replica-unhealthy' // replicas are configured, none is in the rotation
  | 'position-unknown' // Redis could not tell the reader's last write position
  | 'replica-failed' // the replica failed mid-read; the read was repeated on the primary
  | 'in-transaction' // inside a write transaction, which must see its own writes
  | 'no-replicas'; // DB_REPLICA_URLS=none

export interface ReadRoute {
  /** 'primary', or the replica's host:port. */
  server: string;
  reason: ReadRouteReason;
}

const requestRoutes = new AsyncLocalStorage<ReadRoute[]>();

/**
 * Collects where a request's routed reads went, for the X-Read-From answer header that tests use
 * (DB_READ_ROUTING_HEADER); outside such a collection this records nothing.
 */
export function collectReadRoutes<T>(routes: ReadRoute[], next: () => T): T {
  return requestRoutes.run(routes, next);
}

export function noteReadRoute(route: ReadRoute): void {
  requestRoutes.getStore()?.push(route);
}

export function describeReadRoutes(routes: readonly ReadRoute[]): string {
  return routes.map((route) => `${route.server}; ${route.reason}`).join(', ');
}

/**
 * The same for answers clients see (job results): `replica` instead of the replica's host:port,
 * which tells a workspace member nothing useful and an attacker where the databases listen.
 */
export function describeReadRoutesForClients(routes: readonly ReadRoute[]): string {
  return routes
    .map((route) => `${route.server === 'primary' ? 'primary' : 'replica'}; ${route.reason}`)
    .join(', ');
}
