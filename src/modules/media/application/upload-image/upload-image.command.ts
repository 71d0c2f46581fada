import type { Readable } from 'node:stream';

import { Command } from '@nestjs/cqrs';

import type { ProcessingStarted } from '../processing-queue';

export interface UploadImageProps {
  readonly workspaceId: string;
  readonly actorId: string;
  readonly taskId: string;
  readonly fileName: string;
  /** The request body, unread; `contentLength` bytes long. */
  readonly body: Readable;
  readonly contentLength: number | null;
}

export class UploadImageCommand extends Command<ProcessingStarted> {
  constructor(readonly props: UploadImageProps) {
    super();
  }
}
