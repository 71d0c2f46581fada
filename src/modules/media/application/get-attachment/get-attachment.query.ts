import { Query } from '@nestjs/cqrs';

import type { AttachmentView } from '../attachment-view';

export interface GetAttachmentProps {
  readonly workspaceId: string;
  readonly taskId: string;
  readonly attachmentId: string;
}

export class GetAttachmentQuery extends Query<AttachmentView> {
  constructor(readonly props: GetAttachmentProps) {
    super();
  }
}
