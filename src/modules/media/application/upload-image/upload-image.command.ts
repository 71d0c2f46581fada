import type { Readable } from 'node:stream';

import { Command } from '@nestjs/cqrs';

import type { ProcessingStarted } from '../processing-queue';

export interface UploadImageProps {
  readonly workspaceId: string;
  readonly actorId: string;
  readonly taskId: string;
  /** As the client sent it: the handler sanitises it. */
  readonly fileName: string;
  /** The request's Content-Type: kept only for bytes that do not say what they are. */
  readonly declaredType: string;
  /** The request body, unread; `contentLength` bytes long. */
  readonly body: Readable;
  readonly contentLength: number | null;
}

export class UploadImageCommand extends Command<ProcessingStarted> {
  constructor(readonly props: UploadImageProps) {
    super();
  }
}
