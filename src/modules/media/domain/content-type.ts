import { imageTypeOf, isImageType } from './image-type';

/** Bytes read from the start of a file to tell its type (WHATWG sniffs HTML within 512 too). */
export const SNIFF_BYTES = 512;
/** The type of bytes that say nothing about themselves, and the type dangerous files are served as. */
export const OPAQUE_TYPE = 'application/octet-stream';
/** What a client may announce: `type/subtype`, RFC 6838 characters, no parameters. */
export const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/;
export const MAX_MEDIA_TYPE_LENGTH = 255;

/**
 * Binary formats recognised by their first bytes (besides the images of image-type.ts). Only
 * signatures of four bytes or more that text cannot start with: "BM" or "MZ" would turn a text
 * file into a bitmap or an executable.
 */
const SIGNATURES: { type: string; bytes: number[]; at?: number }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'application/zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { type: 'application/gzip', bytes: [0x1f, 0x8b] },
  { type: 'application/x-7z-compressed', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { type: 'image/tiff', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { type: 'image/tiff', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { type: 'video/mp4', bytes: [0x66, 0x74, 0x79, 0x70], at: 4 }, // ftyp
  { type: 'application/x-executable', bytes: [0x7f, 0x45, 0x4c, 0x46] }, // ELF
];

/** Markup a browser renders as HTML (WHATWG MIME sniffing, "HTML" patterns), after whitespace. */
const HTML_TAGS = [
  '!doctype html',
  'html',
  'head',
  'script',
  'iframe',
  'h1',
  'div',
  'font',
  'table',
  'a',
  'style',
  'title',
  'b',
  'body',
  'br',
  'p',
  '!--',
];

/**
 * What the file is by its first bytes, or null when they match no known signature (plain text,
 * CSV, most source code). Markup counts: SVG and HTML are found however they were announced.
 */
export function sniffedTypeOf(head: Buffer): string | null {
  const image = imageTypeOf(head);
  if (image) return image;
  for (const { type, bytes, at = 0 } of SIGNATURES)
    if (bytes.every((byte, i) => head[at + i] === byte)) return type;
  return markupTypeOf(head);
}

function markupTypeOf(head: Buffer): string | null {
  const text = head
    .subarray(0, SNIFF_BYTES)
    .toString('latin1')
    .replace(/^(\xef\xbb\xbf|\xfe\xff|\xff\xfe)/, '') // a byte order mark
    .replace(/^[\t\n\f\r ]+/, '')
    .toLowerCase();
  if (!text.startsWith('<')) return null;
  // An SVG may start with an XML declaration, a doctype or a comment: look for its root element.
  if (/<svg[\s>/]/.test(text)) return 'image/svg+xml';
  if (text.startsWith('<?xml')) return 'application/xml';
  const html = HTML_TAGS.some((tag) => {
    const after = text.charAt(tag.length + 1);
    return text.startsWith(`<${tag}`) && (tag === '!--' || after === ' ' || after === '>');
  });
  return html ? 'text/html' : null;
}

/**
 * The type an attachment is stored with. The bytes decide: a declared type that contradicts them
 * is corrected to what they are (a PDF announced as image/png is application/pdf; an HTML page
 * announced as text/plain is text/html). Bytes with no signature keep the declared type, unless
 * it names a format that has one (an "image/png" that is no PNG is application/octet-stream).
 */
export function storedTypeOf(declared: string, head: Buffer): string {
  const sniffed = sniffedTypeOf(head);
  if (sniffed) return sniffed;
  const type = mediaTypeOf(declared);
  if (!MEDIA_TYPE.test(type) || hasSignature(type)) return OPAQUE_TYPE;
  return type;
}

/** `Image/PNG; x=y` → `image/png`. */
export function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

/**
 * Types a browser may be handed as they are: formats it shows or plays without running code.
 * Anything else (HTML, SVG, XML, JavaScript, and every type not named here) is served as
 * application/octet-stream, always with `Content-Disposition: attachment`.
 */
const SERVED_AS_IS = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/bmp',
  'image/tiff',
  'image/avif',
  'application/pdf',
  'application/zip',
  'application/gzip',
  'text/plain',
  'text/csv',
  'audio/mpeg',
  'audio/ogg',
  'audio/wav',
  'video/mp4',
  'video/webm',
]);

/** The Content-Type a download is served with (response-content-type of the presigned GET). */
export function servedTypeOf(storedType: string): string {
  return SERVED_AS_IS.has(storedType) ? storedType : OPAQUE_TYPE;
}

/** Whether a stored file of this type gets a thumbnail and a preview (by the worker, with sharp). */
export function hasVariants(storedType: string): boolean {
  return isImageType(storedType);
}

function hasSignature(type: string): boolean {
  return (
    isImageType(type) ||
    SIGNATURES.some((signature) => signature.type === type) ||
    ['text/html', 'image/svg+xml', 'application/xhtml+xml'].includes(type)
  );
}
