import { randomFillSync } from 'node:crypto';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import sharp from 'sharp';

// Where the generated images are kept between runs (they are the same for the same target size).
const CACHE_DIR = join(tmpdir(), 'tenfold-bench-jobs');

export interface NoiseImage {
  file: string;
  bytes: number;
  width: number;
  height: number;
}

/**
 * A JPEG of random noise (quality 100, no chroma subsampling: noise barely compresses) whose size
 * lies within 10 % below `targetBytes`. The side is found by scaling with the bytes per pixel of a
 * first try; noise makes that ratio nearly constant.
 */
export async function noiseJpeg(targetBytes: number): Promise<NoiseImage> {
  mkdirSync(CACHE_DIR, { recursive: true });
  const file = join(CACHE_DIR, `noise-${targetBytes}.jpg`);
  if (existsSync(file)) {
    const bytes = statSync(file).size;
    const { width = 0, height = 0 } = await sharp(file).metadata();
    return { file, bytes, width, height };
  }
  let side = 256;
  for (let attempt = 0; attempt < 8; attempt++) {
    const data = await encode(side);
    if (data.length <= targetBytes && data.length >= targetBytes * 0.9) {
      writeFileSync(file, data);
      return { file, bytes: data.length, width: side, height: side };
    }
    // Aim at 95 % of the target: bytes grow with the area.
    side = Math.max(16, Math.floor(side * Math.sqrt((targetBytes * 0.95) / data.length)));
  }
  throw new Error(`could not make a noise JPEG of about ${targetBytes} bytes`);
}

function encode(side: number): Promise<Buffer> {
  const pixels = randomFillSync(Buffer.allocUnsafe(side * side * 3));
  return sharp(pixels, { raw: { width: side, height: side, channels: 3 } })
    .jpeg({ quality: 100, chromaSubsampling: '4:4:4' })
    .toBuffer();
}
