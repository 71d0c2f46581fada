import { IntegrationEvent } from '../../../common/contracts/integration-event';

export interface ExportReadyPayload {
  exportId: string;
  format: 'csv' | 'pdf';
  /** First and last UTC day covered, both included (YYYY-MM-DD). */
  from: string;
  to: string;
  /** Completed tasks in the export. */
  rows: number;
  /**
   * Where the file lies in the bucket. Never a download link: links are credentials that
   * expire; GET …/analytics/exports/{exportId} hands out a fresh one to members.
   */
  objectKey: string;
}

/** A requested report export has been stored; `actorId` is the member who asked for it. */
export class ExportReadyV1 extends IntegrationEvent<ExportReadyPayload> {
  static readonly TYPE = 'analytics.export.ready.v1';
  readonly type = ExportReadyV1.TYPE;
}
