import { Injectable } from '@nestjs/common';

import { ObjectStorage } from '../../../infrastructure/storage/object-storage';
import type { AttachmentStatus } from '../domain/attachment-status';
import { DOWNLOAD_URL_SECONDS } from '../domain/media-limits';
import { storageKeysOf } from '../domain/storage-keys';
import type { AttachmentEntity } from '../persistence/attachment.entity';

export interface FileView {
  url: string;
  width: number | null;
  height: number | null;
  size: number;
}

export interface AttachmentView {
  id: string;
  taskId: string;
  fileName: string;
  contentType: string;
  size: number;
  status: AttachmentStatus;
  failureReason: string | null;
  jobId: string | null;
  createdAt: string;
  /** null until the original is stored (pending). */
  original: FileView | null;
  /** null until ready. */
  thumbnail: FileView | null;
  preview: FileView | null;
  /** When the URLs above stop working; read the attachment again for fresh ones. */
  urlsExpireAt: string;
}

/** An attachment as clients see it, with presigned download URLs that expire. */
@Injectable()
export class AttachmentViews {
  constructor(private readonly storage: ObjectStorage) {}

  async of(row: AttachmentEntity): Promise<AttachmentView> {
    const keys = storageKeysOf(row.workspaceId, row.id);
    const url = (key: string, fileName?: string) =>
      this.storage.downloadUrl(key, DOWNLOAD_URL_SECONDS, fileName);
    const variants = row.variants;
    return {
      id: row.id,
      taskId: row.taskId,
      fileName: row.fileName,
      contentType: row.contentType,
      size: row.size,
      status: row.status,
      failureReason: row.failureReason,
      jobId: row.jobId,
      createdAt: row.createdAt.toISOString(),
      original:
        row.status === 'pending'
          ? null
          : {
              url: await url(keys.original, row.fileName),
              width: variants?.original.width ?? null,
              height: variants?.original.height ?? null,
              size: row.size,
            },
      thumbnail: variants && { url: await url(keys.thumbnail), ...variants.thumbnail },
      preview: variants && { url: await url(keys.preview), ...variants.preview },
      urlsExpireAt: new Date(Date.now() + DOWNLOAD_URL_SECONDS * 1000).toISOString(),
    };
  }
}
