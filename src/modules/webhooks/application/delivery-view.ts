import { ApiProperty } from '@nestjs/swagger';

import { PageOf } from '../../../common/pagination/page';
import { DELIVERY_STATUSES, type DeliveryStatus } from '../domain/delivery-status';
import type { DeliveryEntity } from '../persistence/delivery.entity';

const nullableTime = (example: string | null, description?: string) =>
  ApiProperty({ type: String, format: 'date-time', nullable: true, example, description });

/** One line of an endpoint's delivery log. */
export class DeliveryView {
  @ApiProperty({ example: '2c4e6a8b-0d1f-4a3c-9e5b-7d9f1a3c5e7b', format: 'uuid' })
  id!: string;

  @ApiProperty({
    example: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
    format: 'uuid',
    description: 'The event delivered; the same on every attempt and redelivery',
  })
  eventId!: string;

  @ApiProperty({ example: 'projects.task.completed.v1' })
  eventType!: string;

  @ApiProperty({
    enum: DELIVERY_STATUSES,
    enumName: 'WebhookDeliveryStatus',
    example: 'delivered',
    description:
      '`pending`: an attempt is due or scheduled; `delivered`: a 2xx; `failed`: given up',
  })
  status!: DeliveryStatus;

  @ApiProperty({ type: 'integer', example: 1, minimum: 0 })
  attempts!: number;

  @nullableTime('2026-03-14T09:26:54.020Z')
  lastAttemptAt!: string | null;

  @nullableTime(null, 'When the next attempt is due; null when none is')
  nextAttemptAt!: string | null;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    example: 182,
    description: 'Of the last attempt',
  })
  latencyMs!: number | null;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    example: 200,
    description: "The receiver's HTTP status on the last attempt",
  })
  responseStatus!: number | null;

  /** The start of the receiver's answer (at most 2 KB). */
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'ok',
    description: "The start of the receiver's answer (at most 2 KB)",
  })
  responseBody!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: null,
    description: 'Why the last attempt failed',
  })
  lastError!: string | null;

  @ApiProperty({ example: '2026-03-14T09:26:53.900Z', format: 'date-time' })
  createdAt!: string;
}

/** GET …/deliveries: one page of the delivery log, newest first. */
export class DeliveryList extends PageOf(DeliveryView, 'DeliveryList') {}

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
