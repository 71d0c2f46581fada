import { IntegrationEvent } from '../../../common/contracts/integration-event';

export interface ImageSize {
  width: number;
  height: number;
}

export interface AttachmentReadyPayload {
  attachmentId: string;
  taskId: string;
  fileName: string;
  contentType: string;
  /** Bytes of the original. */
  size: number;
  original: ImageSize;
  thumbnail: ImageSize;
  preview: ImageSize;
}

/** An uploaded image has been processed: its variants exist and it can be shown. */
export class AttachmentReadyV1 extends IntegrationEvent<AttachmentReadyPayload> {
  static readonly TYPE = 'media.attachment.ready.v1';
  readonly type = AttachmentReadyV1.TYPE;
}
