import type { EntityManager } from 'typeorm';

import { DigestRecipientEntity } from './digest-recipient.entity';

export interface Recipient {
  userId: string;
  email: string;
}

// A member's address: the one identity announced at sign-up, else the one of the session with
// which they last set their subscription.
const WITH_ADDRESSES = 'LEFT JOIN notifications.member_addresses a ON a.user_id = m.user_id';
const ADDRESS = 'coalesce(a.email, m.email)';

/** Subscribed members with an address, and subscribed members without one. */
export async function recipientCounts(
  manager: EntityManager,
  workspaceId: string,
): Promise<{ reachable: number; withoutAddress: number }> {
  const [row] = await manager.query(
    `SELECT count(${ADDRESS})::int AS reachable,
            (count(*) - count(${ADDRESS}))::int AS "withoutAddress"
       FROM notifications.digest_members m ${WITH_ADDRESSES}
      WHERE m.workspace_id = $1 AND m.subscribed`,
    [workspaceId],
  );
  return row;
}

/** The next members to mail: subscribed, with an address, and not yet handed to the email queue. */
export async function nextRecipients(
  manager: EntityManager,
  query: { workspaceId: string; digestId: string; limit: number },
): Promise<Recipient[]> {
  const rows: { user_id: string; email: string }[] = await manager.query(
    `SELECT m.user_id, ${ADDRESS} AS email FROM notifications.digest_members m ${WITH_ADDRESSES}
      WHERE m.workspace_id = $1 AND m.subscribed AND ${ADDRESS} IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM notifications.digest_recipients r
                         WHERE r.digest_id = $2 AND r.user_id = m.user_id)
      ORDER BY m.user_id
      LIMIT $3`,
    [query.workspaceId, query.digestId, query.limit],
  );
  return rows.map((row) => ({ userId: row.user_id, email: row.email }));
}

export function mailedCount(manager: EntityManager, digestId: string): Promise<number> {
  return manager.countBy(DigestRecipientEntity, { digestId });
}

export async function recordRecipients(
  manager: EntityManager,
  recipients: DigestRecipientEntity[],
): Promise<void> {
  if (recipients.length === 0) return;
  await manager
    .createQueryBuilder()
    .insert()
    .into(DigestRecipientEntity)
    .values(recipients)
    .orIgnore()
    .execute();
}
