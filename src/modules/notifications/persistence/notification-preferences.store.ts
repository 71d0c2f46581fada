import type { EntityManager } from 'typeorm';

import type { Delivery, NotificationKind } from '../domain/notification-kinds';

/** The kinds the user has chosen a delivery for (the others keep their default). */
export async function preferencesOf(
  manager: EntityManager,
  userId: string,
): Promise<Partial<Record<NotificationKind, Delivery>>> {
  const rows: { kind: NotificationKind; delivery: Delivery }[] = await manager.query(
    `SELECT kind, delivery FROM notifications.notification_preferences WHERE user_id = $1`,
    [userId],
  );
  return Object.fromEntries(rows.map((row) => [row.kind, row.delivery]));
}

/** Sets the given kinds in one statement; kinds not given keep what they had. */
export async function setPreferences(
  manager: EntityManager,
  userId: string,
  choices: Partial<Record<NotificationKind, Delivery>>,
): Promise<void> {
  const entries = Object.entries(choices);
  if (entries.length === 0) return;
  await manager.query(
    `INSERT INTO notifications.notification_preferences (user_id, kind, delivery)
     SELECT $1, kind, delivery FROM unnest($2::text[], $3::text[]) AS c(kind, delivery)
     ON CONFLICT (user_id, kind) DO UPDATE SET delivery = excluded.delivery`,
    [userId, entries.map(([kind]) => kind), entries.map(([, delivery]) => delivery)],
  );
}
