import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';

import { PageOf } from '../../../common/pagination/page';
import { ObjectStorage } from '../../../infrastructure/storage/object-storage';
import { ATTACHMENT_STATUSES, type AttachmentStatus } from '../domain/attachment-status';
import { attachmentDisposition } from '../domain/content-disposition';
import { servedTypeOf } from '../domain/content-type';
import { IMAGE_TYPES, type ImageType, isImageType } from '../domain/image-type';
import { DOWNLOAD_URL_SECONDS } from '../domain/media-limits';
import { storageKeysOf } from '../domain/storage-keys';
import type { AttachmentEntity } from '../persistence/attachment.entity';

/** One stored file of an attachment, with a presigned download URL. */
export class AttachmentFileView {
  @ApiProperty({
    description: "Presigned GET, valid until the attachment's `urlsExpireAt`",
    example:
      'https://s3.example.test/tenfold/media/9a7c3e21-4b5d-4f6a-8e9b-0c1d2e3f4a5b/' +
      '2c9e4b7a-1d3f-4e5a-8b6c-9d0e1f2a3b4c/original?X-Amz-Algorithm=AWS4-HMAC-SHA256' +
      '&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=5d41402abc4b2a76b9719d911017c592',
  })
  url!: string;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'Pixels; null until the image has been processed',
    example: 1280,
  })
  width!: number | null;

  @ApiProperty({ type: 'integer', nullable: true, example: 640 })
  height!: number | null;

  @ApiProperty({ type: 'integer', description: 'Bytes', example: 48213 })
  size!: number;
}

/**
 * A file attached to a task, of any type (`…/tasks/{taskId}/files`). v1's attachment routes answer
 * the narrower AttachmentView below, for image files only (docs/MEDIA.md, "Any file type").
 */
export class TaskFileView {
  @ApiProperty({ format: 'uuid', example: '2c9e4b7a-1d3f-4e5a-8b6c-9d0e1f2a3b4c' })
  id!: string;

  @ApiProperty({ format: 'uuid', example: '5b2e8f14-7c3a-4d9e-8f61-0a4b2c6d8e10' })
  taskId!: string;

  @ApiProperty({
    maxLength: 255,
    description: 'As sanitised from the name sent (at most 255 UTF-8 bytes)',
    example: 'whiteboard.png',
  })
  fileName!: string;

  @ApiProperty({
    maxLength: 255,
    description:
      'As announced while pending; from processing on, what the first bytes say when they say ' +
      'one (a PDF announced as image/png is application/pdf). Downloads of types a browser ' +
      'could run (HTML, SVG, XML, JavaScript, anything unknown) are served as ' +
      'application/octet-stream, always as an attachment.',
    example: 'image/png',
  })
  contentType!: string;

  @ApiProperty({
    type: 'integer',
    description: 'Bytes: as announced while pending, as stored from processing on',
    example: 48213,
  })
  size!: number;

  @ApiProperty({
    enum: ATTACHMENT_STATUSES,
    enumName: 'AttachmentStatus',
    description:
      'pending: waiting for the upload; processing: stored, variants being made; ready or failed',
    example: 'ready',
  })
  status!: AttachmentStatus;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why processing failed; null unless failed',
    example: null,
  })
  failureReason!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The processing job (`/v1/jobs/{jobId}`); null while pending',
    example: 'media.6f0d2e4c-8a1b-4c3d-9e5f-7a8b9c0d1e2f',
  })
  jobId!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-03-02T10:00:00.000Z' })
  createdAt!: string;

  /** null until the original is stored (pending). */
  @ApiProperty({
    type: AttachmentFileView,
    nullable: true,
    description:
      'The file as uploaded, downloaded with `Content-Disposition: attachment` and its name; ' +
      'null until stored (pending). width and height only for a processed image.',
  })
  original!: AttachmentFileView | null;

  /** null until ready. */
  @ApiProperty({
    type: AttachmentFileView,
    nullable: true,
    description: 'A 256×256 WebP, cropped; null until ready, and for files that are no image',
  })
  thumbnail!: AttachmentFileView | null;

  @ApiProperty({
    type: AttachmentFileView,
    nullable: true,
    description:
      'A WebP at most 1280 pixels wide, never enlarged; null until ready, and for files that ' +
      'are no image',
  })
  preview!: AttachmentFileView | null;

  /** When the URLs above stop working; read the attachment again for fresh ones. */
  @ApiProperty({
    format: 'date-time',
    description: 'When the URLs above stop working; read the attachment again for fresh ones',
    example: '2026-03-02T10:15:00.000Z',
  })
  urlsExpireAt!: string;
}

/**
 * An image attachment, as v1's attachment routes released it: `contentType` is one of the image
 * types, a response enum clients may switch over. Widening it would break them (docs/API.md, "What
 * counts as breaking"), so files of other types are listed under `…/files` instead.
 */
export class AttachmentView extends TaskFileView {
  @ApiProperty({
    enum: IMAGE_TYPES,
    enumName: 'ImageType',
    description: 'As announced while pending; the type the bytes say once stored',
    example: 'image/png',
  })
  declare contentType: ImageType;
}

/** The view as v1's attachment routes may show it: image files only. */
export function isImageAttachment(view: TaskFileView): view is AttachmentView {
  return isImageType(view.contentType);
}

/** A page of a task's attachments, oldest first (the name is older than its paging). */
export class AttachmentList extends PageOf(AttachmentView, 'AttachmentList') {}

/** A page of a task's files of any type, oldest first. */
export class TaskFileList extends PageOf(TaskFileView, 'TaskFileList') {}

/** An attachment as clients see it, with presigned download URLs that expire. */
@Injectable()
export class AttachmentViews {
  constructor(private readonly storage: ObjectStorage) {}

  async of(row: AttachmentEntity): Promise<TaskFileView> {
    const keys = storageKeysOf(row.workspaceId, row.id);
    const url = (key: string) => this.storage.downloadUrl(key, DOWNLOAD_URL_SECONDS);
    // The original is served as media says, never as whoever uploaded it stored it.
    const originalUrl = () =>
      this.storage.downloadUrlServedAs(keys.original, DOWNLOAD_URL_SECONDS, {
        contentDisposition: attachmentDisposition(row.fileName),
        contentType: servedTypeOf(row.contentType),
      });
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
              url: await originalUrl(),
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
