import type { ImageType } from '../../domain/image-type';

export class RequestUploadCommand {
  constructor(
    readonly workspaceId: string,
    readonly actorId: string,
    readonly taskId: string,
    readonly file: { fileName: string; contentType: ImageType; size: number },
  ) {}
}
