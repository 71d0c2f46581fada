/** Largest original accepted, either way of uploading (MEDIA_MAX_UPLOAD_BYTES, once config has it). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/** Images with more pixels are refused undecoded: a small file can expand to gigabytes. */
export const MAX_INPUT_PIXELS = 50_000_000;
/** How long a presigned upload or download URL works. */
export const UPLOAD_URL_SECONDS = 15 * 60;
export const DOWNLOAD_URL_SECONDS = 15 * 60;
/**
 * How often the worker removes uploads never completed (older than
 * MEDIA_PENDING_UPLOAD_TTL_MINUTES): such an attachment goes at most this much after its TTL.
 */
export const PENDING_SWEEP_EVERY_MS = 5 * 60_000;

/** The variants the worker makes, in WebP. */
export const THUMBNAIL = { width: 256, height: 256 } as const; // cover: cropped to exactly this
export const PREVIEW_WIDTH = 1280; // inside: at most this wide, never enlarged
