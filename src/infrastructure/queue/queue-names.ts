/** Every BullMQ queue the platform knows. Their settings live in queue-catalogue.ts. */
export const QUEUE_NAMES = [
  'system',
  'media',
  'reports',
  'email',
  'webhooks',
  'notifications',
] as const;

export type QueueName = (typeof QUEUE_NAMES)[number];
