import { Query } from '@nestjs/cqrs';

import type { AttachmentView } from '../attachment-view';

export interface ListAttachmentsProps {
  readonly workspaceId: string;
  readonly taskId: string;
}

export class ListAttachmentsQuery extends Query<{ items: AttachmentView[] }> {
  constructor(readonly props: ListAttachmentsProps) {
    super();
  }
}
