import { Command } from '@nestjs/cqrs';

export interface DeleteAttachmentProps {
  readonly workspaceId: string;
  readonly actorId: string;
  readonly taskId: string;
  readonly attachmentId: string;
}

export class DeleteAttachmentCommand extends Command<void> {
  constructor(readonly props: DeleteAttachmentProps) {
    super();
  }
}
