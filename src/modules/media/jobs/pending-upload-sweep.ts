import { Injectable, Logger } from '@nestjs/common';

import { AppConfig } from '../../../infrastructure/config/app-config';
import { UnitOfWork } from '../../../infrastructure/database/unit-of-work';
import { ObjectStorage } from '../../../infrastructure/storage/object-storage';
import type { SweepPendingUploadsResult } from '../application/sweep-pending-uploads-job';
import { storageKeysOf } from '../domain/storage-keys';
import { claimAbandonedUploads, deleteClaimed } from '../persistence/attachments.store';

const BATCH = 100;

/**
 * Removes attachments announced more than MEDIA_PENDING_UPLOAD_TTL_MINUTES ago and never
 * completed, with whatever their upload URL stored. Per batch, in one transaction: the rows are
 * locked (a concurrent complete waits, then finds no attachment), the objects deleted, then the
 * rows; if S3 fails, the rows stay for the next run, so no object is left without its row.
 * Workers running it at once skip each other's rows.
 */
@Injectable()
export class PendingUploadSweep {
  private readonly logger = new Logger('PendingUploadSweep');

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly storage: ObjectStorage,
    private readonly config: AppConfig,
  ) {}

  async run(signal: AbortSignal): Promise<SweepPendingUploadsResult> {
    const ttlMinutes = this.config.media.pendingUploadTtlMinutes;
    let removed = 0;
    for (;;) {
      signal.throwIfAborted();
      const batch = await this.unitOfWork.run(null, async (manager) => {
        const claimed = await claimAbandonedUploads(manager, ttlMinutes, BATCH);
        const keys = claimed.map((row) => storageKeysOf(row.workspaceId, row.id).original);
        await Promise.all(keys.map((key) => this.storage.delete(key)));
        await deleteClaimed(manager, claimed);
        return claimed.length;
      });
      removed += batch;
      if (batch < BATCH) break;
    }
    if (removed > 0) this.logger.log(`removed ${removed} uploads never completed`);
    return { removed };
  }
}
