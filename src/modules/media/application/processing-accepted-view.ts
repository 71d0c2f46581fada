import { ApiProperty } from '@nestjs/swagger';

import type { ProcessingStarted } from './processing-queue';

/** The body of a 202 that started an attachment's processing; the job's URL goes in Location. */
export class AttachmentProcessingAccepted implements Omit<ProcessingStarted, 'location'> {
  @ApiProperty({
    description: 'Follow it at `/v1/jobs/{jobId}` (the Location header)',
    example: 'media.6f0d2e4c-8a1b-4c3d-9e5f-7a8b9c0d1e2f',
  })
  jobId!: string;

  @ApiProperty({
    format: 'uuid',
    description: 'The attachment being processed',
    example: '2c9e4b7a-1d3f-4e5a-8b6c-9d0e1f2a3b4c',
  })
  attachmentId!: string;
}
