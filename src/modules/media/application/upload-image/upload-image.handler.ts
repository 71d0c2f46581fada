import { randomUUID } from 'node:crypto';

import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';

import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { ObjectStorage } from '../../../../infrastructure/storage/object-storage';
import { SNIFF_BYTES, storedTypeOf } from '../../domain/content-type';
import { sanitiseFileName } from '../../domain/file-name';
import { EmptyFile, FileTooLarge, LengthRequired } from '../../domain/media.errors';
import { MAX_UPLOAD_BYTES } from '../../domain/media-limits';
import { storageKeysOf } from '../../domain/storage-keys';
import { AttachmentEntity } from '../../persistence/attachment.entity';
import { assertTaskIsKnown, keepKnownTask } from '../../persistence/known-tasks.store';
import { ProcessingQueue, type ProcessingStarted } from '../processing-queue';
import { peek } from './peek';
import { UploadImageCommand } from './upload-image.command';

/**
 * The file comes as the request body and goes to S3 as a stream, never whole in memory. The task
 * (known to media in the workspace) and size (Content-Length) are checked before anything is
 * stored, and the type is the one the file's first bytes say, not the header's when they say one
 * (domain/content-type.ts). The row is written only once the original is, in a transaction that
 * holds the task: a task deleted meanwhile takes the stored object with it.
 */
@CommandHandler(UploadImageCommand)
export class UploadImageHandler implements ICommandHandler<UploadImageCommand> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly storage: ObjectStorage,
    private readonly processing: ProcessingQueue,
  ) {}

  async execute({ props }: UploadImageCommand): Promise<ProcessingStarted> {
    const { workspaceId, actorId, taskId, body, contentLength } = props;
    await assertTaskIsKnown(this.dataSource.manager, workspaceId, taskId);
    if (contentLength === null) throw new LengthRequired();
    if (contentLength > MAX_UPLOAD_BYTES) throw new FileTooLarge(contentLength);
    if (contentLength === 0) throw new EmptyFile();
    // At most the body's length: peek puts back what it read only if the stream has not ended.
    const head = await peek(body, Math.min(SNIFF_BYTES, contentLength));
    const contentType = storedTypeOf(props.declaredType, head);

    const id = randomUUID();
    const key = storageKeysOf(workspaceId, id).original;
    await this.storage.put(key, body, { contentType, contentLength });
    const jobId = this.processing.newJobId();
    let position: string;
    try {
      ({ position } = await this.unitOfWork.commit(actorId, async (manager) => {
        await keepKnownTask(manager, workspaceId, taskId);
        await manager.insert(AttachmentEntity, {
          id,
          workspaceId,
          taskId,
          fileName: sanitiseFileName(props.fileName),
          contentType,
          size: contentLength,
          status: 'processing',
          jobId,
          createdBy: actorId,
        });
      }));
    } catch (error) {
      // No row will name the object: the task went while it streamed, or the write failed.
      await this.storage.delete(key);
      throw error;
    }
    return this.processing.enqueue(jobId, {
      workspaceId,
      requestedBy: actorId,
      attachmentId: id,
      readAfter: position,
    });
  }
}
