import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';

import { attachmentsOfTask } from '../../persistence/attachments.store';
import { type AttachmentView, AttachmentViews } from '../attachment-view';
import { ListAttachmentsQuery } from './list-attachments.query';

/** A task's attachments, oldest first. Unpaginated: a task has few. */
@QueryHandler(ListAttachmentsQuery)
export class ListAttachmentsHandler implements IQueryHandler<ListAttachmentsQuery> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly views: AttachmentViews,
  ) {}

  async execute({ props }: ListAttachmentsQuery): Promise<{ items: AttachmentView[] }> {
    const { workspaceId, taskId } = props;
    const rows = await attachmentsOfTask(this.dataSource.manager, workspaceId, taskId);
    return { items: await Promise.all(rows.map((row) => this.views.of(row))) };
  }
}
