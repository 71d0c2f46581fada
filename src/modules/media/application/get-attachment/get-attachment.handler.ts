import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';

import { AttachmentNotFound } from '../../domain/media.errors';
import { attachmentOf } from '../../persistence/attachments.store';
import { type AttachmentView, AttachmentViews } from '../attachment-view';
import { GetAttachmentQuery } from './get-attachment.query';

/** From the primary: clients poll this right after their own writes and the job's. */
@QueryHandler(GetAttachmentQuery)
export class GetAttachmentHandler implements IQueryHandler<GetAttachmentQuery> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly views: AttachmentViews,
  ) {}

  async execute({ props }: GetAttachmentQuery): Promise<AttachmentView> {
    const { workspaceId, taskId, attachmentId } = props;
    const row = await attachmentOf(this.dataSource.manager, workspaceId, attachmentId);
    if (!row || row.taskId !== taskId) throw new AttachmentNotFound();
    return this.views.of(row);
  }
}
