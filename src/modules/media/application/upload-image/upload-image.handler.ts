import { randomUUID } from 'node:crypto';

import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';

import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { ObjectStorage } from '../../../../infrastructure/storage/object-storage';
import { imageTypeOf, SIGNATURE_BYTES } from '../../domain/image-type';
import { ImageTooLarge, LengthRequired, NotAnAcceptedImage } from '../../domain/media.errors';
import { MAX_UPLOAD_BYTES } from '../../domain/media-limits';
import { storageKeysOf } from '../../domain/storage-keys';
import { AttachmentEntity } from '../../persistence/attachment.entity';
import { assertTaskIsKnown } from '../../persistence/known-tasks.store';
import { ProcessingQueue, type ProcessingStarted } from '../processing-queue';
import { peek } from './peek';
import { UploadImageCommand } from './upload-image.command';

/**
 * The image comes as the request body and goes to S3 as a stream, never whole in memory. The task
 * (known to media in the workspace), size (Content-Length) and type (the file's first bytes, not
 * the header) are checked before anything is stored; the row is written only once the original is.
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
    const { workspaceId, actorId, taskId, fileName, body, contentLength } = props;
    await assertTaskIsKnown(this.dataSource.manager, workspaceId, taskId);
    if (contentLength === null) throw new LengthRequired();
    if (contentLength > MAX_UPLOAD_BYTES) throw new ImageTooLarge(contentLength);
    const contentType = imageTypeOf(await peek(body, SIGNATURE_BYTES));
    if (!contentType) throw new NotAnAcceptedImage('its first bytes are no known signature');

    const id = randomUUID();
    await this.storage.put(storageKeysOf(workspaceId, id).original, body, {
      contentType,
      contentLength,
    });
    const jobId = this.processing.newJobId();
    const { position } = await this.unitOfWork.commit(actorId, (manager) =>
      manager.insert(AttachmentEntity, {
        id,
        workspaceId,
        taskId,
        fileName,
        contentType,
        size: contentLength,
        status: 'processing',
        jobId,
        createdBy: actorId,
      }),
    );
    return this.processing.enqueue(jobId, {
      workspaceId,
      requestedBy: actorId,
      attachmentId: id,
      readAfter: position,
    });
  }
}
