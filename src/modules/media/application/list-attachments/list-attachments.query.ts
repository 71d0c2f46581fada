import { Query } from '@nestjs/cqrs';

import type { Page } from '../../../../common/pagination/page';
import type { TaskFileView } from '../attachment-view';

/** v1's attachment routes show image files only; `…/files` shows files of any type. */
export type FileScope = 'images' | 'any';

export interface ListAttachmentsProps {
  readonly workspaceId: string;
  readonly taskId: string;
  readonly scope: FileScope;
  readonly limit: number;
  /** A nextCursor of this list, as the client sent it; undefined for the first page. */
  readonly cursor?: string;
}

export class ListAttachmentsQuery extends Query<Page<TaskFileView>> {
  constructor(readonly props: ListAttachmentsProps) {
    super();
  }
}
