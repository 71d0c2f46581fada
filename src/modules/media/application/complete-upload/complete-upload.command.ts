import { Command } from '@nestjs/cqrs';

import type { ProcessingStarted } from '../processing-queue';

export interface CompleteUploadProps {
  readonly workspaceId: string;
  readonly actorId: string;
  readonly taskId: string;
  readonly attachmentId: string;
}

export class CompleteUploadCommand extends Command<ProcessingStarted> {
  constructor(readonly props: CompleteUploadProps) {
    super();
  }
}
