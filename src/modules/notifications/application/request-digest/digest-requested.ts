import { ApiProperty } from '@nestjs/swagger';

/** A digest whose content is fixed and whose fan-out job is queued. */
export class DigestRequested {
  @ApiProperty({
    example: 'notifications.1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6',
    description: 'The fan-out job that mails it: GET /v1/jobs/{jobId}',
  })
  jobId!: string;

  @ApiProperty({ example: '6b7c8d9e-0f1a-4b2c-8d3e-4f5a6b7c8d9e', format: 'uuid' })
  digestId!: string;

  @ApiProperty({
    type: 'integer',
    example: 12,
    minimum: 0,
    description: 'Tasks completed in the 7 days the digest covers',
  })
  completedTasks!: number;
}
