import type { DeliveryStatus } from '../domain/delivery-status';
import type { DeliveryEntity } from '../persistence/delivery.entity';

/** One line of an endpoint's delivery log. */
export interface DeliveryView {
  id: string;
  eventId: string;
  eventType: string;
  status: DeliveryStatus;
  attempts: number;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
  latencyMs: number | null;
  responseStatus: number | null;
  /** The start of the receiver's answer (at most 2 KB). */
  responseBody: string | null;
  lastError: string | null;
  createdAt: string;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function deliveryViewOf(delivery: DeliveryEntity): DeliveryView {
  return {
    id: delivery.id,
    eventId: delivery.eventId,
    eventType: delivery.eventType,
    status: delivery.status,
    attempts: delivery.attempts,
    lastAttemptAt: iso(delivery.lastAttemptAt),
    nextAttemptAt: iso(delivery.nextAttemptAt),
    latencyMs: delivery.latencyMs,
    responseStatus: delivery.responseStatus,
    responseBody: delivery.responseBody,
    lastError: delivery.lastError,
    createdAt: delivery.createdAt.toISOString(),
  };
}
