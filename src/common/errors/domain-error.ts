/** What kind of rule a domain error breaks; the HTTP edge maps each kind to one status. */
export type DomainErrorKind =
  | 'invalid' // 400: input that breaks a rule beyond its shape (weak password)
  | 'unauthenticated' // 401
  | 'forbidden' // 403: known, but not allowed
  | 'not-found' // 404: absent, or not visible to the caller (no existence leak)
  | 'conflict' // 409: clashes with the current state (email taken, last owner)
  | 'precondition-failed'; // 412: a conditional request (If-Match) names a state that is gone

/** Base of typed domain errors: no HTTP inside the domain, a stable code for clients. */
export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;
  abstract readonly code: string;

  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}
