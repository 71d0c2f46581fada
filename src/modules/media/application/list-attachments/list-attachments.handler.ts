import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';

import { InvalidCursor } from '../../../../common/pagination/invalid-cursor.error';
import { decodeCursor } from '../../../../common/pagination/keyset-cursor';
import { type Page, pageOf } from '../../../../common/pagination/page';
import { type AttachmentListKeys, attachmentsOfTask } from '../../persistence/attachments.store';
import { AttachmentViews, type TaskFileView } from '../attachment-view';
import { ListAttachmentsQuery } from './list-attachments.query';

/** The cursors' list names: another list's cursor is refused here. */
const LIST = { images: 'attachments', any: 'files' } as const;
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

  async execute({ props }: ListAttachmentsQuery): Promise<Page<TaskFileView>> {
    const { workspaceId, taskId, scope, limit, cursor } = props;
    const list = LIST[scope];
    const after = cursor === undefined ? undefined : keysOf(list, cursor);
    const rows = await attachmentsOfTask(this.dataSource.manager, workspaceId, taskId, {
      limit,
      after,
      imagesOnly: scope === 'images',
    });
    const page = pageOf(
      rows,
      limit,
      list,
      ({ keys }) => [keys.createdAt, keys.id],
      ({ row }) => row,
    );
    return {
      items: await Promise.all(page.items.map((row) => this.views.of(row))),
      nextCursor: page.nextCursor,
    };
  }
}

function keysOf(list: string, cursor: string): AttachmentListKeys {
  const keys = decodeCursor(list, cursor, 2, (key, index) =>
    index === 0 ? key !== null && TIMESTAMP.test(key) : key !== null && UUID.test(key),
  );
  if (!keys) throw new InvalidCursor();
  return { createdAt: keys[0]!, id: keys[1]! };
}
