import type { Readable } from 'node:stream';

import sharp, { type OutputInfo } from 'sharp';

import type { ImageSize } from '../contracts/attachment-ready.event';
import { MAX_INPUT_PIXELS, PREVIEW_WIDTH, THUMBNAIL } from '../domain/media-limits';

export interface Variant extends ImageSize {
  bytes: Buffer;
}

export interface Variants {
  original: ImageSize;
  thumbnail: Variant;
  preview: Variant;
}

/** The image cannot be made into variants, and trying again will not change that. */
export class UnprocessableImage extends Error {}

/**
 * Decodes the original once, as it streams in, and makes both WebP variants from it. Refuses,
 * before decoding any pixels, images of more than MAX_INPUT_PIXELS (decompression bombs).
 * Variants are small enough to hold; the original never is held whole by this code.
 */
export async function makeVariants(original: Readable): Promise<Variants> {
  let sourceError: Error | null = null;
  const decoder = sharp({ limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' });
  original.on('error', (error) => {
    sourceError = error;
    decoder.destroy(error);
  });
  original.pipe(decoder);
  try {
    const [metadata, thumbnail, preview] = await Promise.all([
      decoder.clone().metadata(),
      decoder
        .clone()
        .rotate()
        .resize(THUMBNAIL.width, THUMBNAIL.height, { fit: 'cover' })
        .webp()
        .toBuffer({ resolveWithObject: true }),
      decoder
        .clone()
        .rotate()
        .resize({ width: PREVIEW_WIDTH, fit: 'inside', withoutEnlargement: true })
        .webp()
        .toBuffer({ resolveWithObject: true }),
    ]);
    return {
      original: { width: metadata.width ?? 0, height: metadata.height ?? 0 },
      thumbnail: variantOf(thumbnail),
      preview: variantOf(preview),
    };
  } catch (error) {
    if (sourceError) throw sourceError; // reading from S3 failed: worth another attempt
    throw new UnprocessableImage(reasonOf(error as Error));
  }
}

function variantOf({ data, info }: { data: Buffer; info: OutputInfo }): Variant {
  return { bytes: data, width: info.width, height: info.height };
}

function reasonOf(error: Error): string {
  if (/pixel limit/i.test(error.message))
    return `image has more than ${MAX_INPUT_PIXELS / 1_000_000} megapixels (refused before decoding)`;
  return `image could not be decoded: ${error.message.split('\n')[0]}`;
}
