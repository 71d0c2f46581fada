import { ApiProperty } from '@nestjs/swagger';

/** POST …/analytics/exports: the export to read back and the job that builds it. */
export class ExportRequested {
  @ApiProperty({
    example: 'reports.7a1f2e3d-4c5b-4a69-8e7d-6f5a4b3c2d1e',
    description: 'Follow it at GET /v1/jobs/{jobId} (the Location)',
  })
  jobId!: string;

  @ApiProperty({
    example: '3c9e7b1d-54a2-4f8e-b0c6-1d2e3f4a5b6c',
    format: 'uuid',
    description: 'Read it at GET …/analytics/exports/{exportId}',
  })
  exportId!: string;
}
