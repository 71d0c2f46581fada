import { Injectable, Logger } from '@nestjs/common';

import { AppConfig } from '../../../infrastructure/config/app-config';
import { UnitOfWork } from '../../../infrastructure/database/unit-of-work';
import type { PruneActivityLogResult } from '../application/prune-activity-log-job';
import { deleteExpiredEntries } from '../persistence/activity-log.store';

/** Rows per statement: short transactions, short locks, bounded WAL per commit. */
export const PRUNE_BATCH = 1_000;

/**
 * Deletes activity log entries older than ACTIVITY_LOG_RETENTION_DAYS, oldest first, one batch
 * per transaction until a batch comes back short. Stops between batches when the worker drains;
 * what is left goes in the next run.
 */
@Injectable()
export class ActivityLogPruning {
  private readonly logger = new Logger('ActivityLogPruning');

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly config: AppConfig,
  ) {}

  async run(signal: AbortSignal): Promise<PruneActivityLogResult> {
    const days = this.config.analytics.activityLogRetentionDays;
    let removed = 0;
    for (;;) {
      signal.throwIfAborted();
      const batch = await this.unitOfWork.run(null, (manager) =>
        deleteExpiredEntries(manager, days, PRUNE_BATCH),
      );
      removed += batch;
      if (batch < PRUNE_BATCH) break;
    }
    if (removed > 0)
      this.logger.log(`removed ${removed} activity log entries older than ${days} days`);
    return { removed };
  }
}
