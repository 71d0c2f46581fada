import { ApiProperty } from '@nestjs/swagger';

/** A `webhooks.test.v1` event queued for one endpoint: find it in the delivery log. */
export class TestEventSent {
  @ApiProperty({ example: '2c4e6a8b-0d1f-4a3c-9e5b-7d9f1a3c5e7b', format: 'uuid' })
  deliveryId!: string;

  @ApiProperty({ example: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', format: 'uuid' })
  eventId!: string;
}
