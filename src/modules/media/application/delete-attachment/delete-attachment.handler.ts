import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { ObjectStorage } from '../../../../infrastructure/storage/object-storage';
import { AttachmentNotFound } from '../../domain/media.errors';
import { storageKeysOf } from '../../domain/storage-keys';
import { AttachmentEntity } from '../../persistence/attachment.entity';
import { DeleteAttachmentCommand } from './delete-attachment.command';

/**
 * Row first, then objects: once the row is gone nothing links to them. A job still running for it
 * finds no row when it finishes and removes the variants it wrote (jobs/process-image.ts).
 */
@CommandHandler(DeleteAttachmentCommand)
export class DeleteAttachmentHandler implements ICommandHandler<DeleteAttachmentCommand> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly storage: ObjectStorage,
  ) {}

  async execute({ props }: DeleteAttachmentCommand): Promise<void> {
    const { workspaceId, actorId, taskId, attachmentId } = props;
    const result = await this.unitOfWork.run(actorId, (manager) =>
      manager.delete(AttachmentEntity, { workspaceId, taskId, id: attachmentId }),
    );
    if (result.affected !== 1) throw new AttachmentNotFound();
    const keys = storageKeysOf(workspaceId, attachmentId);
    await Promise.all(Object.values(keys).map((key) => this.storage.delete(key)));
  }
}
