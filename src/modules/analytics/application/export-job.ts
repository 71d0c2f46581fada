import type { WorkspaceJobData } from '../../../infrastructure/queue/job-reference';
import type { ExportFormat } from '../domain/export-range';

export const EXPORT_JOB = 'analytics-export';

/** How long a download link stays valid. */
export const DOWNLOAD_LINK_SECONDS = 60 * 60;

/** Ids only: the job reads its export row (written by the request) and the facts itself. */
export interface ExportJobData extends WorkspaceJobData {
  exportId: string;
  format: ExportFormat;
  from: string;
  to: string;
  /** Required here: the commit of the export row, which the job must see. */
  readAfter: string;
  /** The request's correlation id, carried on to analytics.export.ready.v1. */
  correlationId?: string;
}

export interface ExportJobResult {
  exportId: string;
  format: ExportFormat;
  /** Presigned; expires at `expiresAt`. A fresh one: GET …/analytics/exports/{exportId}. */
  downloadUrl: string;
  expiresAt: string;
  /** Completed tasks in the range (CSV: its data rows). */
  rows: number;
  /**
   * Where the job read, and why, e.g. `replica; caught-up` (docs/READ-REPLICAS.md); never a
   * server's address (the worker's log line names it).
   */
  readFrom: string;
}

export const exportObjectKey = (workspaceId: string, exportId: string, format: ExportFormat) =>
  `exports/${workspaceId}/${exportId}.${format}`;

export const exportFileName = (from: string, to: string, format: ExportFormat) =>
  `tenfold-completed-tasks-${from}-to-${to}.${format}`;
