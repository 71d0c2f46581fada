import { Injectable, Logger } from '@nestjs/common';

import { UnitOfWork } from '../../../infrastructure/database/unit-of-work';
import { ObjectStorage } from '../../../infrastructure/storage/object-storage';
import type { PurgeDeletedTasksResult } from '../application/purge-deleted-tasks-job';
import { storageKeysOf } from '../domain/storage-keys';
import { deleteClaimed, purgeableAttachmentsOf } from '../persistence/attachments.store';
import { claimDeletedTasks, forgetDeletedTasks } from '../persistence/deleted-tasks.store';

/** Deleted tasks per transaction: their attachments' objects are deleted while it is open. */
const BATCH = 20;

/**
 * Deletes the attachments of deleted tasks: objects (original and variants), then rows, then the
 * record of the deletion, in one transaction per batch. The records are locked (FOR UPDATE SKIP
 * LOCKED: two runs share the work) and so are the attachment rows (a complete or a finishing job
 * waits). If S3 fails, everything rolls back and the job is retried (media queue: 3 attempts with
 * backoff), then caught up by the periodic sweep; deleting an object twice is harmless, so any
 * number of runs ends the same. Pending attachments whose upload URL still works are left to the
 * sweep of uploads never completed (attachments.store.ts, purgeableAttachmentsOf).
 */
@Injectable()
export class PurgeDeletedTasks {
  private readonly logger = new Logger('MediaPurge');

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly storage: ObjectStorage,
  ) {}

  async run(
    which: { eventId: string } | { olderThanMs: number },
    signal: AbortSignal,
  ): Promise<PurgeDeletedTasksResult> {
    const purged = { tasks: 0, attachments: 0 };
    for (;;) {
      signal.throwIfAborted();
      const batch = await this.unitOfWork.run(null, async (manager) => {
        const tasks = await claimDeletedTasks(manager, which, BATCH);
        const attachments = await purgeableAttachmentsOf(manager, tasks);
        const keys = attachments.flatMap((row) =>
          Object.values(storageKeysOf(row.workspaceId, row.id)),
        );
        await Promise.all(keys.map((key) => this.storage.delete(key)));
        await deleteClaimed(manager, attachments);
        await forgetDeletedTasks(manager, tasks);
        return { tasks: tasks.length, attachments: attachments.length };
      });
      purged.tasks += batch.tasks;
      purged.attachments += batch.attachments;
      if (batch.tasks < BATCH) break;
    }
    if (purged.attachments > 0)
      this.logger.log(`removed ${purged.attachments} attachments of ${purged.tasks} deleted tasks`);
    return purged;
  }
}
