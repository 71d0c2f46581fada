import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { EntityManager } from 'typeorm';

import { AppConfig } from '../../../infrastructure/config/app-config';
import {
  collectReadRoutes,
  describeReadRoutes,
  describeReadRoutesForClients,
  type ReadRoute,
} from '../../../infrastructure/database/read-route';
import { type Reader, ReplicaReads } from '../../../infrastructure/database/replica-reads';
import { UnitOfWork } from '../../../infrastructure/database/unit-of-work';
import { EventOutbox } from '../../../infrastructure/events/event-outbox';
import { postponeWhileDependencyDown } from '../../../infrastructure/queue/postpone-while-dependency-down';
import { BreakerRegistry } from '../../../infrastructure/resilience/breaker-registry';
import { DrainableProcessor } from '../../../infrastructure/queue/drainable-processor';
import { dependencySettingsOf } from '../../../infrastructure/resilience/dependency-settings';
import { S3_DEPENDENCY } from '../../../infrastructure/storage/s3-dependency';
import { QueueProcessor } from '../../../infrastructure/queue/queue-processor.decorator';
import { ObjectStorage } from '../../../infrastructure/storage/object-storage';
import {
  DOWNLOAD_LINK_SECONDS,
  EXPORT_JOB,
  exportFileName,
  exportObjectKey,
  type ExportJobData,
  type ExportJobResult,
} from '../application/export-job';
import { ExportReadyV1 } from '../contracts/export-ready.event';
import { exportRange, type ExportRange } from '../domain/export-range';
import {
  EXPORT_ROWS_AFTER,
  type ExportRow,
  FIRST_EXPORT_KEY,
} from '../persistence/export-rows.sql';
import { ReportExportEntity } from '../persistence/report-export.entity';
import { COMPLETIONS_BY_GROUP, type CompletionsRow } from '../persistence/task-report.sql';
import {
  PRUNE_ACTIVITY_LOG_JOB,
  type PruneActivityLogResult,
} from '../application/prune-activity-log-job';
import { ActivityLogPruning } from './activity-log-pruning';
import { exportSummary } from './export-summary';
import { renderPdf } from './render-pdf';
import { writeCsvFile } from './write-csv-file';

/** Rows per keyset batch of the CSV: one batch is all the job holds in memory. */
export const CSV_BATCH_ROWS = 5_000;

/** The export row the request wrote is missing: a routing bug, never replica lag. */
class ExportRequestNotVisible extends Error {}

type ReportsJobResult = ExportJobResult | PruneActivityLogResult;

/**
 * The reports queue's one processor (BullMQ runs one worker per queue and processor). Its
 * periodic job, the activity log's retention, goes to ActivityLogPruning.
 *
 * Builds a requested export (docs/ANALYTICS.md, "Exports"): reads on a replica that has replayed
 * the request's write (else the primary), renders, stores in the bucket, then marks the row ready
 * and publishes analytics.export.ready.v1 in one transaction. Progress: 10 read, 50 rendered,
 * 90 stored, 100 marked.
 */
@QueueProcessor('reports')
export class ExportReportProcessor extends DrainableProcessor<unknown, ReportsJobResult> {
  private readonly logger = new Logger('ExportReportProcessor');

  constructor(
    private readonly reads: ReplicaReads,
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: EventOutbox,
    private readonly storage: ObjectStorage,
    private readonly config: AppConfig,
    private readonly pruning: ActivityLogPruning,
    private readonly breakers: BreakerRegistry,
  ) {
    super();
  }

  protected handle(job: Job<unknown, ReportsJobResult>, signal: AbortSignal) {
    if (job.name === PRUNE_ACTIVITY_LOG_JOB) return this.pruning.run(signal);
    if (job.name !== EXPORT_JOB) throw new Error(`the reports queue has no job named ${job.name}`);
    return this.exportOrMarkFailed(job as Job<ExportJobData, ExportJobResult>, signal);
  }

  private async exportOrMarkFailed(
    job: Job<ExportJobData, ExportJobResult>,
    signal: AbortSignal,
  ): Promise<ExportJobResult> {
    try {
      return await this.export(job, signal);
    } catch (error) {
      // S3 is down: nothing was stored, and the attempt is not spent (nor the last one marked
      // failed); the job comes back when the breaker may close and renders again.
      const { resetMs } = dependencySettingsOf(this.config, S3_DEPENDENCY);
      await postponeWhileDependencyDown(job, error, S3_DEPENDENCY, this.breakers, resetMs);
      const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (lastAttempt && !signal.aborted) await this.markFailed(job.data.exportId);
      throw error;
    }
  }

  private async export(job: Job<ExportJobData, ExportJobResult>, signal: AbortSignal) {
    const { workspaceId, exportId, format, from, to } = job.data;
    const reader: Reader = {
      actorId: null,
      atLeast: job.data.readAfter,
      waitMs: this.config.database.routing.jobReplicaWaitMs,
    };
    const routes: ReadRoute[] = [];
    const request = await collectReadRoutes(routes, () =>
      this.reads.run(reader, (manager) =>
        manager.findOneBy(ReportExportEntity, { id: exportId, workspaceId }),
      ),
    );
    if (!request) {
      throw new ExportRequestNotVisible(
        `export ${exportId} not found (read from ${describeReadRoutesForClients(routes)})`,
      );
    }
    await job.updateProgress(10);

    const range = exportRange(from, to);
    const key = exportObjectKey(workspaceId, exportId, format);
    const rows = await collectReadRoutes(routes, () =>
      format === 'csv'
        ? this.storeCsv(job, key, range, reader, signal)
        : this.storePdf(job, key, range, reader),
    );
    signal.throwIfAborted();
    await job.updateProgress(90);

    const expiresAt = new Date(Date.now() + DOWNLOAD_LINK_SECONDS * 1000).toISOString();
    const downloadUrl = await this.storage.downloadUrl(
      key,
      DOWNLOAD_LINK_SECONDS,
      exportFileName(from, to, format),
    );
    await this.markReady(job.data, key, rows);
    await job.updateProgress(100);
    const readFrom = describeReadRoutes(unique(routes));
    this.logger.log(`export ${exportId} (${format}, ${rows} rows) read from ${readFrom}`);
    // Members see the result: `replica`, not the replica's host:port (the log line has it).
    const result = { exportId, format, downloadUrl, expiresAt, rows };
    return { ...result, readFrom: describeReadRoutesForClients(unique(routes)) };
  }

  /**
   * Keyset batches into a temp file, then the file into the bucket with its length (S3 needs a
   * length for a streamed body): memory holds one batch, the disk one export.
   */
  private async storeCsv(
    job: Job<ExportJobData, ExportJobResult>,
    key: string,
    range: ExportRange,
    reader: Reader,
    signal: AbortSignal,
  ): Promise<number> {
    const path = join(tmpdir(), `tenfold-export-${job.data.exportId}-${randomUUID()}.csv`);
    try {
      const { rows, bytes } = await writeCsvFile(
        path,
        this.batches(job.data.workspaceId, range, reader, signal),
      );
      await job.updateProgress(50);
      await this.storage.put(key, createReadStream(path), {
        contentType: 'text/csv; charset=utf-8',
        contentLength: bytes,
      });
      return rows;
    } finally {
      await rm(path, { force: true });
    }
  }

  private async *batches(
    workspaceId: string,
    range: ExportRange,
    reader: Reader,
    signal: AbortSignal,
  ): AsyncGenerator<ExportRow[]> {
    let after = FIRST_EXPORT_KEY;
    for (;;) {
      signal.throwIfAborted();
      const batch = await this.reads.run(reader, (manager: EntityManager): Promise<ExportRow[]> =>
        manager.query(EXPORT_ROWS_AFTER, [
          workspaceId,
          range.start.toISOString(),
          range.endInclusive,
          after.completedAt,
          after.taskId,
          CSV_BATCH_ROWS,
        ]),
      );
      if (batch.length > 0) yield batch;
      if (batch.length < CSV_BATCH_ROWS) return;
      const last = batch[batch.length - 1];
      after = { completedAt: last.completed_at, taskId: last.task_id };
    }
  }

  /** One aggregate statement (the report's), rendered in memory: its size is bounded. */
  private async storePdf(
    job: Job<ExportJobData, ExportJobResult>,
    key: string,
    range: ExportRange,
    reader: Reader,
  ): Promise<number> {
    const grouped = await this.reads.run(reader, (manager): Promise<CompletionsRow[]> =>
      manager.query(COMPLETIONS_BY_GROUP, [
        job.data.workspaceId,
        range.start.toISOString(),
        range.endInclusive,
      ]),
    );
    const summary = exportSummary(grouped, range, new Date());
    const pdf = await renderPdf(summary);
    await job.updateProgress(50);
    await this.storage.put(key, pdf, { contentType: 'application/pdf', contentLength: pdf.length });
    return summary.completed;
  }

  /** Only a queued row turns ready, so a retried job publishes the event once. */
  private async markReady(data: ExportJobData, objectKey: string, rows: number): Promise<void> {
    await this.unitOfWork.run(null, async (manager) => {
      const marked = await manager.update(
        ReportExportEntity,
        { id: data.exportId, status: 'queued' },
        { status: 'ready', objectKey, rows, readyAt: new Date() },
      );
      if (!marked.affected) return;
      await this.outbox.publish(
        manager,
        new ExportReadyV1(
          {
            exportId: data.exportId,
            format: data.format,
            from: data.from,
            to: data.to,
            rows,
            objectKey,
          },
          {
            id: randomUUID(),
            occurredAt: new Date().toISOString(),
            workspaceId: data.workspaceId,
            actorId: data.requestedBy,
            correlationId: data.correlationId ?? randomUUID(),
          },
        ),
      );
    });
  }

  private async markFailed(exportId: string): Promise<void> {
    try {
      await this.unitOfWork.run(null, (manager) =>
        manager.update(
          ReportExportEntity,
          { id: exportId, status: 'queued' },
          { status: 'failed' },
        ),
      );
    } catch (error) {
      this.logger.error(`could not mark export ${exportId} failed: ${(error as Error).message}`);
    }
  }
}

function unique(routes: ReadRoute[]): ReadRoute[] {
  const seen = new Map(routes.map((route) => [`${route.server}; ${route.reason}`, route]));
  return [...seen.values()];
}
