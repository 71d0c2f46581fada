import { randomUUID } from 'node:crypto';

import type { EntityManager } from 'typeorm';

import {
  ACCOUNT_TOKEN_LIFETIME_MS,
  type AccountTokenPurpose,
  accountTokenHash,
  newAccountToken,
} from '../domain/account-token';
import { AccountTokenEntity } from './account-token.entity';

export interface IssuedAccountToken {
  /** The row's id: names the mail's job, never the token. */
  id: string;
  /** For the mail only; the database keeps its SHA-256. */
  token: string;
  expiresAt: Date;
}

/** A new token for the user and purpose; the earlier ones of that purpose stop working. */
export async function issueAccountToken(
  manager: EntityManager,
  userId: string,
  purpose: AccountTokenPurpose,
): Promise<IssuedAccountToken> {
  await manager.delete(AccountTokenEntity, { userId, purpose });
  const { token, tokenHash } = newAccountToken();
  const id = randomUUID();
  const expiresAt = new Date(Date.now() + ACCOUNT_TOKEN_LIFETIME_MS[purpose]);
  await manager.insert(AccountTokenEntity, { id, userId, purpose, tokenHash, expiresAt });
  return { id, token, expiresAt };
}

/** The user a live token (unused, unexpired) belongs to, without using it up. */
export async function holderOfLiveToken(
  manager: EntityManager,
  token: string,
  purpose: AccountTokenPurpose,
): Promise<string | undefined> {
  const rows: { user_id: string }[] = await manager.query(
    `SELECT user_id FROM identity.account_tokens
      WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()`,
    [accountTokenHash(token), purpose],
  );
  return rows[0]?.user_id;
}

/**
 * Uses the token up if it is live and answers its user; undefined for an unknown, expired or used
 * token. One conditional UPDATE, so of two concurrent uses exactly one gets the user.
 */
export async function consumeAccountToken(
  manager: EntityManager,
  token: string,
  purpose: AccountTokenPurpose,
): Promise<string | undefined> {
  const result = await manager
    .createQueryBuilder()
    .update(AccountTokenEntity)
    .set({ usedAt: () => 'now()' })
    .where('token_hash = :tokenHash AND purpose = :purpose', {
      tokenHash: accountTokenHash(token),
      purpose,
    })
    .andWhere('used_at IS NULL AND expires_at > now()')
    .returning('user_id')
    .execute();
  const rows = result.raw as { user_id: string }[];
  return rows[0]?.user_id;
}
