import type { ObjectStorage } from '../../../../infrastructure/storage/object-storage';
import { mediaTypeOf, SNIFF_BYTES, storedTypeOf } from '../../domain/content-type';
import { FileTooLarge, UploadDoesNotMatch } from '../../domain/media.errors';
import { MAX_UPLOAD_BYTES } from '../../domain/media-limits';

export interface AnnouncedFile {
  contentType: string;
  size: number;
}

export interface CheckedFile {
  size: number;
  /** What the first bytes say the file is (domain/content-type.ts, storedTypeOf). */
  contentType: string;
}

/**
 * What the presigned PUT stored must be what was announced: size and type as S3 reports them
 * (HEAD). S3 itself refuses a PUT that breaks the URL's signed headers; this also holds where the
 * store does not check them (the local s3rver). Then the first bytes decide the type it is kept
 * as: a declared type they contradict is corrected, not trusted. Throws the refusal.
 */
export async function checkStoredUpload(
  storage: ObjectStorage,
  key: string,
  stored: { contentLength?: number; contentType?: string },
  announced: AnnouncedFile,
): Promise<CheckedFile> {
  const size = stored.contentLength ?? 0;
  if (size > MAX_UPLOAD_BYTES) throw new FileTooLarge(size);
  if (size !== announced.size)
    throw new UploadDoesNotMatch(`${size} bytes were stored, ${announced.size} announced`);
  const storedType = mediaTypeOf(stored.contentType);
  if (storedType !== announced.contentType)
    throw new UploadDoesNotMatch(
      `it was stored as ${storedType || 'no type'}, announced as ${announced.contentType}`,
    );
  const head = (await storage.firstBytes(key, SNIFF_BYTES)) ?? Buffer.alloc(0);
  return { size, contentType: storedTypeOf(announced.contentType, head) };
}

/** A verdict on the file (as opposed to a failure to read it). */
export function isRefusal(error: unknown): boolean {
  return error instanceof FileTooLarge || error instanceof UploadDoesNotMatch;
}
