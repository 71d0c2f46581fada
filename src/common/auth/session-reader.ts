import type { Actor } from './actor';

/**
 * A rate-limit hit to charge to the session in the same Redis round trip that reads it: the keys
 * of the session's counter and block marker, and the throttler's window, limit and block time.
 */
export interface RateLimitCharge {
  counterKey: string;
  blockKey: string;
  ttlMs: number;
  limit: number;
  blockMs: number;
}

/** What the charge came to, in milliseconds. */
export interface RateLimitHit {
  totalHits: number;
  expiresInMs: number;
  isBlocked: boolean;
  blockedForMs: number;
}

/** A live session: who calls, and what the round trip that found it also did. */
export interface Authentication {
  actor: Actor;
  /** Present when a charge was asked for. */
  rateLimitHit?: RateLimitHit;
}

/**
 * Resolves a bearer token to its actor. Declared here (common) and provided by the identity
 * module, so the guard depends on an abstraction and common never imports a module.
 *
 * `charge`, given the session's id, names the rate-limit hit to count in the same round trip
 * (the rate limiter's keys are its own; the session id is the identity module's).
 */
export abstract class SessionReader {
  abstract authenticate(
    token: string,
    charge?: (sessionId: string) => RateLimitCharge,
  ): Promise<Authentication | undefined>;

  /**
   * Ends one session, as `POST /v1/auth/logout` does: for the admin pages' sign-out, whose token
   * is in an HttpOnly cookie that no script can read to call the API with.
   */
  abstract revoke(sessionId: string, userId: string): Promise<void>;
}
