import { ApiProperty } from '@nestjs/swagger';

import { PageOf } from '../../../common/pagination/page';
import { FIRST_RELEASE_EVENT_TYPES, PUBLIC_EVENT_TYPES } from '../domain/public-event-types';
import type { EndpointEntity } from '../persistence/endpoint.entity';

/** An endpoint as the API shows it: never its secret (that is shown once, at creation or rotation). */
export class EndpointView {
  @ApiProperty({ example: '8f14e45f-ceea-4e67-9f3b-2a1c5d6e7f80', format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'https://hooks.example.com/tenfold', format: 'uri' })
  url!: string;

  @ApiProperty({
    type: [String],
    enum: FIRST_RELEASE_EVENT_TYPES,
    example: ['projects.task.completed.v1'],
    description:
      'The event types of the first v1 release delivered to it (a frozen enum); ' +
      '`subscribedEventTypes` lists all of them',
  })
  eventTypes!: string[];

  // Strings, not an enum: the list of public types grows, and a new value of a response enum is
  // a breaking change (docs/API.md, "What counts as breaking"). Requests keep the enum.
  @ApiProperty({
    type: [String],
    example: ['projects.task.completed.v1', 'projects.task.updated.v1'],
    description: `Every event type delivered to it, among: ${PUBLIC_EVENT_TYPES.join(', ')}`,
  })
  subscribedEventTypes!: string[];

  @ApiProperty({ example: true })
  enabled!: boolean;

  @ApiProperty({
    type: String,
    nullable: true,
    example: null,
    description:
      'Why it is disabled (by an admin, or automatically after failing deliveries); null ' +
      'while enabled',
  })
  disabledReason!: string | null;

  /** Until then, requests are also signed with the secret before the last rotation. */
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    example: null,
    description: 'Until then, requests are also signed with the secret before the last rotation',
  })
  previousSecretExpiresAt!: string | null;

  @ApiProperty({ example: '2026-03-01T08:00:00.000Z', format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ example: '2026-03-14T09:26:53.412Z', format: 'date-time' })
  updatedAt!: string;
}

/** GET …/webhooks/endpoints: one page of the workspace's endpoints, oldest first. */
export class EndpointList extends PageOf(EndpointView, 'EndpointList') {}

export function endpointViewOf(endpoint: EndpointEntity): EndpointView {
  const expires = endpoint.previousSecretExpiresAt;
  return {
    id: endpoint.id,
    url: endpoint.url,
    eventTypes: endpoint.eventTypes.filter((type) => FIRST_RELEASE_EVENT_TYPES.includes(type)),
    subscribedEventTypes: endpoint.eventTypes,
    enabled: endpoint.enabled,
    disabledReason: endpoint.disabledReason,
    previousSecretExpiresAt: expires && expires > new Date() ? expires.toISOString() : null,
    createdAt: endpoint.createdAt.toISOString(),
    updatedAt: endpoint.updatedAt.toISOString(),
  };
}
