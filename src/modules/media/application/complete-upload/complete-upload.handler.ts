import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';

import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { ObjectStorage } from '../../../../infrastructure/storage/object-storage';
import { AttachmentNotFound, UploadMissing, UploadUrlExpired } from '../../domain/media.errors';
import { storageKeysOf } from '../../domain/storage-keys';
import type { AttachmentEntity } from '../../persistence/attachment.entity';
import { attachmentOf, deletePending, startProcessing } from '../../persistence/attachments.store';
import { ProcessingQueue, type ProcessingStarted } from '../processing-queue';
import { CompleteUploadCommand } from './complete-upload.command';
import { checkStoredUpload, isRefusal } from './stored-upload-check';

/**
 * The client says its presigned PUT is done: check the stored object is the announced one (size,
 * type, first bytes), then start processing. A mismatch removes the object and the attachment.
 * Calling it again answers the same job (and re-enqueues it, which is a no-op unless an earlier
 * enqueue was lost after the commit).
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

    const size = await this.storedSize(attachment, actorId);
    const jobId = this.processing.newJobId();
    const { position } = await this.unitOfWork.commit(actorId, (manager) =>
      startProcessing(manager, attachment, { jobId, size }),
    );
    // A concurrent complete may have won the update: follow whichever job the row names.
    const current = await attachmentOf(this.dataSource.manager, workspaceId, attachmentId);
    if (!current?.jobId) throw new AttachmentNotFound();
    return this.processing.enqueue(current.jobId, { ...job, readAfter: position });
  }

  /** The checked size of the stored original; on a refusal, the object and the row are gone. */
  private async storedSize(attachment: AttachmentEntity, actorId: string): Promise<number> {
    const key = storageKeysOf(attachment.workspaceId, attachment.id).original;
    const stored = await this.storage.head(key);
    if (!stored) {
      if (attachment.uploadExpiresAt && attachment.uploadExpiresAt < new Date())
        throw new UploadUrlExpired();
      throw new UploadMissing();
    }
    try {
      return await checkStoredUpload(this.storage, key, stored, attachment);
    } catch (error) {
      // A failure to read S3 is no verdict on the file: the client may complete again.
      if (isRefusal(error)) {
        await this.storage.delete(key);
        await this.unitOfWork.run(actorId, (manager) => deletePending(manager, attachment));
      }
      throw error;
    }
  }
}
