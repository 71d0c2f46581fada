import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { type EntityManager, In } from 'typeorm';

import { AppConfig } from '../../../../infrastructure/config/app-config';
import { TooManyExportsInFlight } from '../../domain/export.errors';
import {
  LOCK_EXPORT_SLOTS,
  QUEUED_EXPORTS,
  type QueuedExportRow,
} from '../../persistence/exports-in-flight.sql';
import { ReportExportEntity } from '../../persistence/report-export.entity';
import type { ExportJobData } from '../export-job';

/**
 * A queued row is enqueued right after its commit; only a row older than this whose job is gone
 * or finished can be one that no job will ever settle (a web process died between commit and
 * enqueue, a job failed for good without marking its row, a job removed by hand).
 */
export const ORPHAN_AFTER_MS = 60_000;

/** Job states in which a job will never again touch its export row. */
const SETTLED = new Set(['completed', 'failed', 'unknown']);

/**
 * EXPORTS_IN_FLIGHT_PER_WORKSPACE (docs/ANALYTICS.md, "Quota"): in flight means a row still
 * `queued`. Counted in the request's own transaction under a per-workspace lock, so concurrent
 * requests on any instance cannot exceed the limit. A row whose job has settled without marking
 * it would hold its slot for good; at the limit, such rows are marked failed and not counted.
 */
@Injectable()
export class ExportSlots {
  private readonly logger = new Logger('ExportSlots');

  constructor(
    @InjectQueue('reports') private readonly queue: Queue<ExportJobData>,
    private readonly config: AppConfig,
  ) {}

  /** Throws TooManyExportsInFlight when the workspace has no slot; else the insert may follow. */
  async claim(manager: EntityManager, workspaceId: string): Promise<void> {
    const limit = this.config.workspaceQuotas.exportsInFlight;
    await manager.query(LOCK_EXPORT_SLOTS, [workspaceId]);
    const queued: QueuedExportRow[] = await manager.query(QUEUED_EXPORTS, [workspaceId]);
    if (queued.length < limit) return;
    const orphans = await this.orphansAmong(queued);
    if (orphans.length > 0) {
      await manager.update(
        ReportExportEntity,
        { id: In(orphans.map(({ id }) => id)), status: 'queued' },
        { status: 'failed' },
      );
      this.logger.warn(`marked ${orphans.length} orphaned export(s) failed in ${workspaceId}`);
    }
    const inFlight = queued.length - orphans.length;
    if (inFlight >= limit) throw new TooManyExportsInFlight(limit, inFlight);
  }

  private async orphansAmong(queued: QueuedExportRow[]): Promise<QueuedExportRow[]> {
    const old = queued.filter(
      ({ requestedAt }) => Date.now() - new Date(requestedAt).getTime() > ORPHAN_AFTER_MS,
    );
    const states = await Promise.all(old.map(({ jobId }) => this.queue.getJobState(jobId)));
    return old.filter((_, index) => SETTLED.has(states[index]));
  }
}
