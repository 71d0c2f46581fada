import { PreconditionFailed } from './projects.errors';

/**
 * What an `If-Match` header asks of a row's version: `any` (`*`, the row must exist, which
 * loading it already proved), or one of the listed versions. No header: no precondition.
 */
export type VersionPrecondition =
  { readonly kind: 'any' } | { readonly kind: 'one-of'; readonly versions: readonly number[] };

/** Throws PreconditionFailed (412) when the row's current version is not one the client named. */
export function assertVersionMatches(
  version: number,
  precondition: VersionPrecondition | undefined,
): void {
  if (precondition === undefined || precondition.kind === 'any') return;
  if (!precondition.versions.includes(version)) throw new PreconditionFailed();
}
