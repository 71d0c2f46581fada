import type { ExportFormat } from '../../domain/export-range';
import type { ExportStatus } from '../../persistence/report-export.entity';

/** GET …/analytics/exports/{exportId}: state, and a fresh download link once ready. */
export interface ExportView {
  exportId: string;
  /** Follow the job at /v1/jobs/{jobId}. */
  jobId: string;
  format: ExportFormat;
  from: string;
  to: string;
  status: ExportStatus;
  rows: number | null;
  requestedAt: string;
  readyAt: string | null;
  /** Presigned, new on every call; null until ready. */
  downloadUrl: string | null;
  expiresAt: string | null;
}
