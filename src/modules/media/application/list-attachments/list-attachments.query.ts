import { Query } from '@nestjs/cqrs';

import type { Page } from '../../../../common/pagination/page';
import type { AttachmentView } from '../attachment-view';

export interface ListAttachmentsProps {
  readonly workspaceId: string;
  readonly taskId: string;
  readonly limit: number;
  /** A nextCursor of this list, as the client sent it; undefined for the first page. */
  readonly cursor?: string;
}

export class ListAttachmentsQuery extends Query<Page<AttachmentView>> {
  constructor(readonly props: ListAttachmentsProps) {
    super();
  }
}
