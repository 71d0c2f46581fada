import type { AppConfig } from '../../config/app-config';

/** A server's host:port as errors and logs spell it, and the word clients see instead. */
export type AddressCover = readonly [address: string, cover: string];

/**
 * The servers behind the API that job results and failure reasons may name — a driver error
 * ("connect ECONNREFUSED 10.0.3.7:5432"), a result written before results were coarsened —
 * and what a client is told instead. Object storage is not among them: download links need it.
 */
export function internalAddressesOf(config: AppConfig): AddressCover[] {
  const covers: AddressCover[] = [
    [hostPort(config.database.primaryUrl, 5432), 'primary'],
    ...config.database.replicaUrls.map((url): AddressCover => [hostPort(url, 5432), 'replica']),
    [hostPort(config.redis.url, 6379), 'redis'],
  ];
  // Longest first, so `db:5432` cannot eat into `db:54321`.
  return covers.sort(([a], [b]) => b.length - a.length);
}

/** `value` with every string's internal addresses replaced by their covers, at any depth. */
export function withoutInternalAddresses<T>(value: T, covers: readonly AddressCover[]): T {
  return cover(value, covers) as T;
}

function cover(value: unknown, covers: readonly AddressCover[]): unknown {
  if (typeof value === 'string') {
    return covers.reduce((text, [address, word]) => text.split(address).join(word), value);
  }
  if (Array.isArray(value)) return value.map((item) => cover(item, covers));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, cover(item, covers)]),
    );
  }
  return value;
}

function hostPort(url: string, defaultPort: number): string {
  const { hostname, port } = new URL(url);
  return `${hostname}:${port || defaultPort}`;
}
