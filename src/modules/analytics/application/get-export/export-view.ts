import { ApiProperty } from '@nestjs/swagger';

import { EXPORT_FORMATS, type ExportFormat } from '../../domain/export-range';
import { EXPORT_STATUSES, type ExportStatus } from '../../persistence/report-export.entity';

/** GET …/analytics/exports/{exportId}: state, and a fresh download link once ready. */
export class ExportView {
  @ApiProperty({ example: '3c9e7b1d-54a2-4f8e-b0c6-1d2e3f4a5b6c', format: 'uuid' })
  exportId!: string;

  /** Follow the job at /v1/jobs/{jobId}. */
  @ApiProperty({
    example: 'reports.7a1f2e3d-4c5b-4a69-8e7d-6f5a4b3c2d1e',
    description: 'The job that builds it: GET /v1/jobs/{jobId}',
  })
  jobId!: string;

  @ApiProperty({ enum: EXPORT_FORMATS, enumName: 'ExportFormat', example: 'csv' })
  format!: ExportFormat;

  @ApiProperty({ example: '2026-01-01', format: 'date', description: 'First UTC day, included' })
  from!: string;

  @ApiProperty({ example: '2026-01-31', format: 'date', description: 'Last UTC day, included' })
  to!: string;

  @ApiProperty({ enum: EXPORT_STATUSES, enumName: 'ExportStatus', example: 'ready' })
  status!: ExportStatus;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    example: 412,
    description: 'Rows written; null until ready',
  })
  rows!: number | null;

  @ApiProperty({ example: '2026-03-14T09:26:53.412Z', format: 'date-time' })
  requestedAt!: string;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    example: '2026-03-14T09:27:05.130Z',
  })
  readyAt!: string | null;

  /** Presigned, new on every call; null until ready. */
  @ApiProperty({
    type: String,
    format: 'uri',
    nullable: true,
    example:
      'https://storage.example.test/tenfold/exports/5f0c8a52-2f7e-4a57-9a55-0d3c2b1e9f10/' +
      '3c9e7b1d-54a2-4f8e-b0c6-1d2e3f4a5b6c.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256' +
      '&X-Amz-Expires=3600&X-Amz-Signature=5d41402abc4b2a76b9719d911017c592',
    description: 'Presigned, new on every call; null until ready',
  })
  downloadUrl!: string | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    example: '2026-03-14T10:27:05.130Z',
    description: 'When downloadUrl stops working; null with it',
  })
  expiresAt!: string | null;
}
