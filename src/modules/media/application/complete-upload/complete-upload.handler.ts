import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';

import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { ObjectStorage } from '../../../../infrastructure/storage/object-storage';
import {
  AttachmentNotFound,
  TaskNotFound,
  UploadMissing,
  UploadUrlExpired,
} from '../../domain/media.errors';
import { storageKeysOf } from '../../domain/storage-keys';
import type { AttachmentEntity } from '../../persistence/attachment.entity';
import { attachmentOf, deletePending, startProcessing } from '../../persistence/attachments.store';
import { keepKnownTask } from '../../persistence/known-tasks.store';
import { ProcessingQueue, type ProcessingStarted } from '../processing-queue';
import { CompleteUploadCommand } from './complete-upload.command';
import { checkStoredUpload, type CheckedFile, isRefusal } from './stored-upload-check';

/**
 * The client says its presigned PUT is done: check the stored object is the announced one (size,
 * type), take the type its first bytes say, then start processing. A mismatch removes the object
 * and the attachment, and so does a task deleted meanwhile. Calling it again answers the same job
 * (and re-enqueues it, which is a no-op unless an earlier enqueue was lost after the commit).
 */
@CommandHandler(CompleteUploadCommand)
export class CompleteUploadHandler implements ICommandHandler<CompleteUploadCommand> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly storage: ObjectStorage,
    private readonly processing: ProcessingQueue,
  ) {}

  async execute({ props }: CompleteUploadCommand): Promise<ProcessingStarted> {
    const { workspaceId, actorId, taskId, attachmentId } = props;
    const attachment = await attachmentOf(this.dataSource.manager, workspaceId, attachmentId);
    if (!attachment || attachment.taskId !== taskId) throw new AttachmentNotFound();
    const job = { workspaceId, requestedBy: actorId, attachmentId };
    if (attachment.jobId !== null) return this.processing.enqueue(attachment.jobId, job);

    const checked = await this.checkedFile(attachment, actorId);
    const jobId = this.processing.newJobId();
    const { position } = await this.refusedWith(attachment, actorId, () =>
      this.unitOfWork.commit(actorId, async (manager) => {
        // Held until commit: a deletion of the task waits, then its purge finds this attachment.
        await keepKnownTask(manager, workspaceId, taskId);
        await startProcessing(manager, attachment, { jobId, ...checked });
      }),
    );
    // A concurrent complete may have won the update: follow whichever job the row names.
    const current = await attachmentOf(this.dataSource.manager, workspaceId, attachmentId);
    if (!current?.jobId) throw new AttachmentNotFound();
    return this.processing.enqueue(current.jobId, { ...job, readAfter: position });
  }

  /** The checked size and type of the stored original; on a refusal, object and row are gone. */
  private async checkedFile(attachment: AttachmentEntity, actorId: string): Promise<CheckedFile> {
    const key = storageKeysOf(attachment.workspaceId, attachment.id).original;
    const stored = await this.storage.head(key);
    if (!stored) {
      if (attachment.uploadExpiresAt && attachment.uploadExpiresAt < new Date())
        throw new UploadUrlExpired();
      throw new UploadMissing();
    }
    return this.refusedWith(attachment, actorId, () =>
      checkStoredUpload(this.storage, key, stored, attachment),
    );
  }

  /**
   * Runs `work`; if it refuses the file, or finds the task deleted, removes the object and the
   * pending attachment before passing the error on. A failure to read S3 or Postgres is no verdict
   * on the file: the client may complete again.
   */
  private async refusedWith<T>(
    attachment: AttachmentEntity,
    actorId: string,
    work: () => Promise<T>,
  ): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isRefusal(error) || error instanceof TaskNotFound) {
        await this.storage.delete(storageKeysOf(attachment.workspaceId, attachment.id).original);
        await this.unitOfWork.run(actorId, (manager) => deletePending(manager, attachment));
      }
      throw error;
    }
  }
}
