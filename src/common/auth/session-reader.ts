import type { Actor } from './actor';

/**
 * Resolves a bearer token to its actor. Declared here (common) and provided by the identity
 * module, so the guard depends on an abstraction and common never imports a module.
 */
export abstract class SessionReader {
  abstract authenticate(token: string): Promise<Actor | undefined>;
}
