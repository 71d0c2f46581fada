import type { Readable } from 'node:stream';

export class UploadImageCommand {
  constructor(
    readonly workspaceId: string,
    readonly actorId: string,
    readonly taskId: string,
    readonly fileName: string,
    /** The request body, unread; `contentLength` bytes long. */
    readonly body: Readable,
    readonly contentLength: number | null,
  ) {}
}
