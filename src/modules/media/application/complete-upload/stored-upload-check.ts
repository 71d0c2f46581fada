import type { ObjectStorage } from '../../../../infrastructure/storage/object-storage';
import { imageTypeOf, SIGNATURE_BYTES } from '../../domain/image-type';
import { ImageTooLarge, NotAnAcceptedImage, UploadDoesNotMatch } from '../../domain/media.errors';
import { MAX_UPLOAD_BYTES } from '../../domain/media-limits';

export interface AnnouncedFile {
  contentType: string;
  size: number;
}

/**
 * What the presigned PUT stored must be what was announced: size and type as S3 reports them
 * (HEAD), and an image of that type by its first bytes. S3 itself refuses a PUT that breaks the
 * URL's signed headers; this also holds where the store does not check them (the local s3rver),
 * and when the bytes lie about their type. Throws the refusal; answers the stored size.
 */
export async function checkStoredUpload(
  storage: ObjectStorage,
  key: string,
  stored: { contentLength?: number; contentType?: string },
  announced: AnnouncedFile,
): Promise<number> {
  const size = stored.contentLength ?? 0;
  if (size > MAX_UPLOAD_BYTES) throw new ImageTooLarge(size);
  if (size !== announced.size)
    throw new UploadDoesNotMatch(`${size} bytes were stored, ${announced.size} announced`);
  const storedType = mediaTypeOf(stored.contentType);
  if (storedType !== announced.contentType)
    throw new UploadDoesNotMatch(
      `it was stored as ${storedType || 'no type'}, announced as ${announced.contentType}`,
    );
  const head = (await storage.firstBytes(key, SIGNATURE_BYTES)) ?? Buffer.alloc(0);
  const actualType = imageTypeOf(head);
  if (!actualType) throw new NotAnAcceptedImage('its first bytes are no known signature');
  if (actualType !== announced.contentType)
    throw new UploadDoesNotMatch(
      `its bytes are ${actualType}, announced as ${announced.contentType}`,
    );
  return size;
}

/** A verdict on the file (as opposed to a failure to read it). */
export function isRefusal(error: unknown): boolean {
  return (
    error instanceof ImageTooLarge ||
    error instanceof NotAnAcceptedImage ||
    error instanceof UploadDoesNotMatch
  );
}

/** `image/png; x=y` → `image/png`. */
function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}
