import { Command } from '@nestjs/cqrs';

import type { ImageType } from '../../domain/image-type';

export interface UploadTicket {
  id: string;
  uploadUrl: string;
  /** Send exactly these with the PUT: the URL's signature covers them. */
  uploadHeaders: Record<string, string>;
  expiresAt: string;
}

export interface RequestUploadProps {
  readonly workspaceId: string;
  readonly actorId: string;
  readonly taskId: string;
  readonly file: { fileName: string; contentType: ImageType; size: number };
}

export class RequestUploadCommand extends Command<UploadTicket> {
  constructor(readonly props: RequestUploadProps) {
    super();
  }
}
