import { randomUUID } from 'node:crypto';

import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { ObjectStorage } from '../../../../infrastructure/storage/object-storage';
import { mediaTypeOf } from '../../domain/content-type';
import { sanitiseFileName } from '../../domain/file-name';
import { FileTooLarge } from '../../domain/media.errors';
import { MAX_UPLOAD_BYTES, UPLOAD_URL_SECONDS } from '../../domain/media-limits';
import { storageKeysOf } from '../../domain/storage-keys';
import { AttachmentEntity } from '../../persistence/attachment.entity';
import { keepKnownTask } from '../../persistence/known-tasks.store';
import { RequestUploadCommand, type UploadTicket } from './request-upload.command';

/**
 * Announces an attachment (pending) of a task media knows in the workspace, and hands out a URL
 * to PUT the original to: bound to the announced type and size, so S3 refuses any other file.
 */
@CommandHandler(RequestUploadCommand)
export class RequestUploadHandler implements ICommandHandler<RequestUploadCommand> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly storage: ObjectStorage,
  ) {}

  async execute({ props }: RequestUploadCommand): Promise<UploadTicket> {
    const { workspaceId, actorId, taskId, file } = props;
    if (file.size > MAX_UPLOAD_BYTES) throw new FileTooLarge(file.size);
    const fileName = sanitiseFileName(file.fileName);
    const contentType = mediaTypeOf(file.contentType);
    const id = randomUUID();
    const expiresAt = new Date(Date.now() + UPLOAD_URL_SECONDS * 1000);
    // Signing is local computation: no call to S3, unless its breaker wants a probe.
    await this.storage.confirmAvailable();
    const upload = await this.storage.uploadUrl(
      storageKeysOf(workspaceId, id).original,
      { contentType, contentLength: file.size },
      UPLOAD_URL_SECONDS,
    );
    await this.unitOfWork.run(actorId, async (manager) => {
      await keepKnownTask(manager, workspaceId, taskId);
      await manager.insert(AttachmentEntity, {
        id,
        workspaceId,
        taskId,
        fileName,
        contentType,
        size: file.size,
        status: 'pending',
        createdBy: actorId,
        uploadExpiresAt: expiresAt,
      });
    });
    return {
      id,
      uploadUrl: upload.url,
      uploadHeaders: upload.headers,
      expiresAt: expiresAt.toISOString(),
    };
  }
}
