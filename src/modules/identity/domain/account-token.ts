import { createHash, randomBytes } from 'node:crypto';

/** What a mailed account token proves: that its holder reads the mailbox, for one purpose. */
export type AccountTokenPurpose = 'verify-email' | 'reset-password';

/** A verification link outlives a weekend in the inbox; a reset token grants a password: short. */
export const ACCOUNT_TOKEN_LIFETIME_MS: Record<AccountTokenPurpose, number> = {
  'verify-email': 24 * 60 * 60 * 1000,
  'reset-password': 60 * 60 * 1000,
};

/** 32 random bytes in base64url: the form a token must have before it is even looked up. */
export const ACCOUNT_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Postgres keeps only the SHA-256: a dump, a replica or a backup hands out no usable token. */
export function accountTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newAccountToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: accountTokenHash(token) };
}
