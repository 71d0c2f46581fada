import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';

import { AttachmentNotFound } from '../../domain/media.errors';
import { attachmentOf } from '../../persistence/attachments.store';
import { AttachmentViews, type TaskFileView } from '../attachment-view';
import { isImageType } from '../../domain/image-type';
import { GetAttachmentQuery } from './get-attachment.query';

/** From the primary: clients poll this right after their own writes and the job's. */
@QueryHandler(GetAttachmentQuery)
export class GetAttachmentHandler implements IQueryHandler<GetAttachmentQuery> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly views: AttachmentViews,
  ) {}

  async execute({ props }: GetAttachmentQuery): Promise<TaskFileView> {
    const { workspaceId, taskId, attachmentId, scope } = props;
    const row = await attachmentOf(this.dataSource.manager, workspaceId, attachmentId);
    if (!row || row.taskId !== taskId) throw new AttachmentNotFound();
    // v1's attachment routes never show a file that is not an image (TaskFileView, AttachmentView).
    if (scope === 'images' && !isImageType(row.contentType)) throw new AttachmentNotFound();
    return this.views.of(row);
  }
}
