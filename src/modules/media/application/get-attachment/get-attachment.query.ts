import { Query } from '@nestjs/cqrs';

import type { TaskFileView } from '../attachment-view';
import type { FileScope } from '../list-attachments/list-attachments.query';

export interface GetAttachmentProps {
  readonly workspaceId: string;
  readonly taskId: string;
  readonly attachmentId: string;
  readonly scope: FileScope;
}

export class GetAttachmentQuery extends Query<TaskFileView> {
  constructor(readonly props: GetAttachmentProps) {
    super();
  }
}
