/** pending: an attempt is due or scheduled; delivered: a 2xx; failed: given up (see lastError). */
export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
