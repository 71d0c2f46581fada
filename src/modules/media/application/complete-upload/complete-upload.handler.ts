import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';

import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { ObjectStorage } from '../../../../infrastructure/storage/object-storage';
import {
  AttachmentNotFound,
  ImageTooLarge,
  UploadMissing,
  UploadUrlExpired,
} from '../../domain/media.errors';
import { MAX_UPLOAD_BYTES } from '../../domain/media-limits';
import { storageKeysOf } from '../../domain/storage-keys';
import { attachmentOf, startProcessing } from '../../persistence/attachments.queries';
import { ProcessingQueue, type ProcessingStarted } from '../processing-queue';
import { CompleteUploadCommand } from './complete-upload.command';

/**
 * The client says its presigned PUT is done: check the object is there and small enough, then
 * start processing. Calling it again answers the same job (and re-enqueues it, which is a no-op
 * unless an earlier enqueue was lost after the commit).
 */
@CommandHandler(CompleteUploadCommand)
export class CompleteUploadHandler implements ICommandHandler<CompleteUploadCommand> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly storage: ObjectStorage,
    private readonly processing: ProcessingQueue,
  ) {}

  async execute(command: CompleteUploadCommand): Promise<ProcessingStarted> {
    const { workspaceId, actorId, taskId, attachmentId } = command;
    const attachment = await attachmentOf(this.dataSource.manager, workspaceId, attachmentId);
    if (!attachment || attachment.taskId !== taskId) throw new AttachmentNotFound();
    const job = { workspaceId, requestedBy: actorId, attachmentId };
    if (attachment.jobId !== null) return this.processing.enqueue(attachment.jobId, job);

    const key = storageKeysOf(workspaceId, attachmentId).original;
    const stored = await this.storage.head(key);
    if (!stored) {
      if (attachment.uploadExpiresAt && attachment.uploadExpiresAt < new Date())
        throw new UploadUrlExpired();
      throw new UploadMissing();
    }
    const size = stored.contentLength ?? 0;
    if (size > MAX_UPLOAD_BYTES) {
      await this.storage.delete(key);
      throw new ImageTooLarge(size);
    }
    const jobId = this.processing.newJobId();
    const { position } = await this.unitOfWork.commit(actorId, (manager) =>
      startProcessing(manager, attachment, { jobId, size }),
    );
    // A concurrent complete may have won the update: follow whichever job the row names.
    const current = await attachmentOf(this.dataSource.manager, workspaceId, attachmentId);
    if (!current?.jobId) throw new AttachmentNotFound();
    return this.processing.enqueue(current.jobId, { ...job, readAfter: position });
  }
}
