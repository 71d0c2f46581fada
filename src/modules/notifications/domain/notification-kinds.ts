/** What a personal notification is about (docs/NOTIFICATIONS.md, "Personal notifications"). */
export const NOTIFICATION_KINDS = [
  'assigned',
  'task-completed',
  'task-reopened',
  'comment',
  'mention',
  'invitation-accepted',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * How a user wants a kind delivered. Every kind but `off` shows in the inbox; `email` also mails
 * it (batched per recipient), `digest` also lists it in the weekly digest; `off` keeps nothing.
 */
export const DELIVERIES = ['in-app', 'email', 'digest', 'off'] as const;
export type Delivery = (typeof DELIVERIES)[number];

/**
 * Until a user chooses: what needs them (an assignment, a mention) is mailed; what only informs
 * them stays in the inbox.
 */
export const DEFAULT_DELIVERIES: Readonly<Record<NotificationKind, Delivery>> = Object.freeze({
  assigned: 'email',
  'task-completed': 'in-app',
  'task-reopened': 'in-app',
  comment: 'in-app',
  mention: 'email',
  'invitation-accepted': 'in-app',
});

export const isNotificationKind = (value: string): value is NotificationKind =>
  (NOTIFICATION_KINDS as readonly string[]).includes(value);

export const isDelivery = (value: unknown): value is Delivery =>
  typeof value === 'string' && (DELIVERIES as readonly string[]).includes(value);
