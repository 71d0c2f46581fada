import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';

import { InvalidCursor } from '../../../../common/pagination/invalid-cursor.error';
import { decodeCursor } from '../../../../common/pagination/keyset-cursor';
import { type Page, pageOf } from '../../../../common/pagination/page';
import { type AttachmentListKeys, attachmentsOfTask } from '../../persistence/attachments.store';
import { type AttachmentView, AttachmentViews } from '../attachment-view';
import { ListAttachmentsQuery } from './list-attachments.query';

/** The cursor's list name: another list's cursor is refused here. */
const LIST = 'attachments';
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A task's attachments, oldest first, keyset-paged on (created_at, id). From the primary, like a
 * single attachment: clients list right after uploading.
 */
@QueryHandler(ListAttachmentsQuery)
export class ListAttachmentsHandler implements IQueryHandler<ListAttachmentsQuery> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly views: AttachmentViews,
  ) {}

  async execute({ props }: ListAttachmentsQuery): Promise<Page<AttachmentView>> {
    const { workspaceId, taskId, limit, cursor } = props;
    const after = cursor === undefined ? undefined : keysOf(cursor);
    const rows = await attachmentsOfTask(this.dataSource.manager, workspaceId, taskId, {
      limit,
      after,
    });
    const page = pageOf(
      rows,
      limit,
      LIST,
      ({ keys }) => [keys.createdAt, keys.id],
      ({ row }) => row,
    );
    return {
      items: await Promise.all(page.items.map((row) => this.views.of(row))),
      nextCursor: page.nextCursor,
    };
  }
}

function keysOf(cursor: string): AttachmentListKeys {
  const keys = decodeCursor(LIST, cursor, 2, (key, index) =>
    index === 0 ? key !== null && TIMESTAMP.test(key) : key !== null && UUID.test(key),
  );
  if (!keys) throw new InvalidCursor();
  return { createdAt: keys[0]!, id: keys[1]! };
}
