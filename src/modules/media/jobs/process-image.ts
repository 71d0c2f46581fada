import type { Readable } from 'node:stream';

import { Injectable, Logger } from '@nestjs/common';
import { type Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';

import { withCorrelationId } from '../../../common/correlation/correlation-context';
import { newEventMetadata } from '../../../common/correlation/new-event-metadata';
import { UnitOfWork } from '../../../infrastructure/database/unit-of-work';
import { EventOutbox } from '../../../infrastructure/events/event-outbox';
import { ObjectStorage } from '../../../infrastructure/storage/object-storage';
import type { ProcessImageJobData, ProcessImageJobResult } from '../application/media-job';
import { peek } from '../application/upload-image/peek';
import { AttachmentReadyV1 } from '../contracts/attachment-ready.event';
import { hasVariants, SNIFF_BYTES, storedTypeOf } from '../domain/content-type';
import { imageTypeOf, SIGNATURE_BYTES } from '../domain/image-type';
import { MAX_UPLOAD_BYTES } from '../domain/media-limits';
import { storageKeysOf } from '../domain/storage-keys';
import { AttachmentEntity, type AttachmentVariants } from '../persistence/attachment.entity';
import { markFailed, markReady } from '../persistence/attachments.store';
import { makeVariants, UnprocessableImage, type Variants } from './image-variants';

export type ProcessImageJob = Job<ProcessImageJobData, ProcessImageJobResult>;

/**
 * Makes an image attachment's thumbnail and preview (docs/MEDIA.md, "Processing"); checks any
 * other file again and marks it ready. Safe to run twice: variants go to fixed keys, and
 * processing → ready is a guarded update that publishes media.attachment.ready.v1 (images only:
 * its v1 payload has their dimensions) in its own transaction only when it made the transition.
 * A file sharp cannot (or must not) decode, or one that is no longer what was checked, fails for
 * good, and the attachment says why. Run by jobs/media.processor.ts.
 */
@Injectable()
export class ProcessImage {
  private readonly logger = new Logger('MediaProcessing');

  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: EventOutbox,
    private readonly storage: ObjectStorage,
  ) {}

  run(job: ProcessImageJob, signal: AbortSignal): Promise<ProcessImageJobResult> {
    return withCorrelationId(job.data.correlationId ?? job.id ?? 'media', () =>
      this.processImage(job, signal),
    );
  }

  private async processImage(
    job: ProcessImageJob,
    signal: AbortSignal,
  ): Promise<ProcessImageJobResult> {
    const { attachmentId } = job.data;
    // From the primary: the row was committed before the job was enqueued.
    const attachment = await this.dataSource.manager.findOneBy(AttachmentEntity, {
      id: attachmentId,
      workspaceId: job.data.workspaceId,
    });
    if (!attachment) return { attachmentId, outcome: 'deleted', variants: null };
    if (attachment.status === 'ready')
      return { attachmentId, outcome: 'already-ready', variants: attachment.variants };
    if (attachment.status === 'failed')
      throw new UnrecoverableError(attachment.failureReason ?? 'attachment failed');
    await job.updateProgress(10);

    const keys = storageKeysOf(attachment.workspaceId, attachment.id);
    if (!hasVariants(attachment.contentType)) return this.fileReady(job, attachment, keys);
    const variants = await this.variantsOf(attachment, keys.original);
    signal.throwIfAborted();
    await job.updateProgress(50);
    await Promise.all([
      this.store(keys.thumbnail, variants.thumbnail.bytes),
      this.store(keys.preview, variants.preview.bytes),
    ]);
    await job.updateProgress(90);

    const recorded = recordOf(variants);
    const madeReady = await this.unitOfWork.run(null, async (manager) => {
      if (!(await markReady(manager, attachment.id, recorded))) return false;
      await this.outbox.publish(manager, readyEvent(attachment, recorded));
      return true;
    });
    if (!madeReady) return this.afterLostRace(attachment, keys);
    await job.updateProgress(100);
    return { attachmentId, outcome: 'ready', variants: recorded };
  }

  private async variantsOf(attachment: AttachmentEntity, key: string): Promise<Variants> {
    const { body, contentLength } = await this.storage.get(key);
    try {
      await assertIsAnnouncedImage(body, contentLength, attachment.contentType);
      return await makeVariants(body);
    } catch (error) {
      body.destroy();
      if (!(error instanceof UnprocessableImage)) throw error;
      await this.unitOfWork.run(null, (manager) =>
        markFailed(manager, attachment.id, error.message),
      );
      this.logger.warn(`attachment ${attachment.id} failed: ${error.message}`);
      throw new UnrecoverableError(error.message);
    }
  }

  /**
   * A file that gets no variants is ready once checked again here: the upload URL still worked
   * after complete checked it, so the object may have been replaced by another size or type.
   */
  private async fileReady(
    job: ProcessImageJob,
    attachment: AttachmentEntity,
    keys: ReturnType<typeof storageKeysOf>,
  ): Promise<ProcessImageJobResult> {
    const stored = await this.storage.head(keys.original);
    const head = (await this.storage.firstBytes(keys.original, SNIFF_BYTES)) ?? Buffer.alloc(0);
    const changed = !stored
      ? 'the stored file is missing'
      : stored.contentLength !== attachment.size
        ? `the stored file has ${stored.contentLength} bytes, ${attachment.size} were checked`
        : storedTypeOf(attachment.contentType, head) !== attachment.contentType
          ? `the stored file is no longer ${attachment.contentType} by its first bytes`
          : null;
    if (changed) {
      await this.unitOfWork.run(null, (manager) => markFailed(manager, attachment.id, changed));
      this.logger.warn(`attachment ${attachment.id} failed: ${changed}`);
      throw new UnrecoverableError(changed);
    }
    const madeReady = await this.unitOfWork.run(null, (manager) =>
      markReady(manager, attachment.id, null),
    );
    if (!madeReady) return this.afterLostRace(attachment, keys);
    await job.updateProgress(100);
    return { attachmentId: attachment.id, outcome: 'ready', variants: null };
  }

  private store(key: string, bytes: Buffer): Promise<void> {
    return this.storage.put(key, bytes, { contentType: 'image/webp', contentLength: bytes.length });
  }

  /** Another run made it ready first, or the attachment was deleted meanwhile. */
  private async afterLostRace(
    attachment: AttachmentEntity,
    keys: ReturnType<typeof storageKeysOf>,
  ): Promise<ProcessImageJobResult> {
    const now = await this.dataSource.manager.findOneBy(AttachmentEntity, { id: attachment.id });
    if (now?.status === 'ready')
      return { attachmentId: attachment.id, outcome: 'already-ready', variants: now.variants };
    if (!now) {
      await Promise.all(Object.values(keys).map((key) => this.storage.delete(key)));
      return { attachmentId: attachment.id, outcome: 'deleted', variants: null };
    }
    throw new UnrecoverableError(now.failureReason ?? `attachment is ${now.status}`);
  }
}

/**
 * The original may have been replaced after complete checked it (the upload URL still worked):
 * only an image of the announced type and size goes to sharp, which would decode other formats.
 */
async function assertIsAnnouncedImage(
  body: Readable,
  contentLength: number | undefined,
  contentType: string,
): Promise<void> {
  if ((contentLength ?? 0) > MAX_UPLOAD_BYTES)
    throw new UnprocessableImage(`the stored original is larger than ${MAX_UPLOAD_BYTES} bytes`);
  const type = imageTypeOf(await peek(body, SIGNATURE_BYTES));
  if (type !== contentType)
    throw new UnprocessableImage(`the stored original is not ${contentType} by its first bytes`);
}

function recordOf(variants: Variants): AttachmentVariants {
  const sized = ({ width, height, bytes }: Variants['thumbnail']) => ({
    width,
    height,
    size: bytes.length,
  });
  return {
    original: variants.original,
    thumbnail: sized(variants.thumbnail),
    preview: sized(variants.preview),
  };
}

function readyEvent(attachment: AttachmentEntity, variants: AttachmentVariants): AttachmentReadyV1 {
  const { id, taskId, fileName, contentType, size, workspaceId, createdBy } = attachment;
  const dimensions = ({ width, height }: { width: number; height: number }) => ({ width, height });
  return new AttachmentReadyV1(
    {
      attachmentId: id,
      taskId,
      fileName,
      contentType,
      size,
      original: dimensions(variants.original),
      thumbnail: dimensions(variants.thumbnail),
      preview: dimensions(variants.preview),
    },
    newEventMetadata(workspaceId, createdBy),
  );
}
