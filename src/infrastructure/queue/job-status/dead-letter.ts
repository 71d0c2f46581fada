import { ApiProperty } from '@nestjs/swagger';

import { PageOf } from '../../../common/pagination/page';
import { QUEUE_NAMES, type QueueName } from '../queue-names';

/** A job that failed for good (GET /v1/admin/jobs/dead). */
export class DeadLetter {
  @ApiProperty({ example: 'reports.0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a' })
  id!: string;

  @ApiProperty({ enum: QUEUE_NAMES, enumName: 'QueueName', example: 'reports' })
  queue!: QueueName;

  @ApiProperty({ example: 'analytics-export' })
  name!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Connection terminated unexpectedly' })
  failedReason!: string | null;

  @ApiProperty({ type: 'integer', example: 3, minimum: 0 })
  attemptsMade!: number;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    example: '2026-03-14T09:31:02.554Z',
  })
  finishedOn!: string | null;

  /** The payload: ids only (workspaceId, requestedBy, …), never blobs. */
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: {
      workspaceId: '5f0c8a52-2f7e-4a57-9a55-0d3c2b1e9f10',
      requestedBy: '9d2f6c1a-3b7e-4e0f-8a41-6c5d2e7f8a90',
      exportId: '3c9e7b1d-54a2-4f8e-b0c6-1d2e3f4a5b6c',
      format: 'csv',
    },
    description: 'The payload: ids only (workspaceId, requestedBy, …), never blobs or secrets',
  })
  data!: unknown;
}

export class DeadLetterList extends PageOf(DeadLetter, 'DeadLetterList') {}

/** POST /v1/admin/jobs/{id}/redrive: the job is waiting again in its queue. */
export class RedrivenJob {
  @ApiProperty({ example: 'reports.0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a' })
  id!: string;

  @ApiProperty({ enum: QUEUE_NAMES, enumName: 'QueueName', example: 'reports' })
  queue!: QueueName;

  @ApiProperty({
    example: '/v1/jobs/reports.0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a',
    description: 'The same as the Location header',
  })
  statusUrl!: string;
}
