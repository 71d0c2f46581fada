/** Longest stored file name, in UTF-8 bytes: what ext4, NTFS and APFS all accept for one name. */
export const MAX_FILE_NAME_BYTES = 255;
/** Longest name a client may send before it is sanitised (a bound on the work, not a rule). */
export const MAX_SENT_FILE_NAME_LENGTH = 1024;
/** The name given when nothing usable is left. */
export const FALLBACK_FILE_NAME = 'file';

// C0 and C1 controls, DEL; bidi embeddings, overrides and isolates, marks, zero-width characters
// and the BOM: invisible characters that make "a\u202Egnp.exe" show as "aexe.png".
const INVISIBLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu;
// Not allowed in Windows names, or unsafe in a quoted header value.
const RESERVED_CHARACTERS = /[<>:"|?*]/g;
// CON, PRN, AUX, NUL, COM1-9, LPT1-9 (also with superscript digits): devices on Windows, whatever
// the extension ("nul.txt" is the device too).
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/**
 * The name an attachment is stored and offered for download under, from whatever the client sent:
 * the last path segment (either separator), without invisible or reserved characters, leading
 * dots (hidden files, "..") or trailing dots and spaces (Windows drops them), never a Windows
 * device name, and at most MAX_FILE_NAME_BYTES of UTF-8, cut before the extension and never inside
 * a character. Pure: the same input always gives the same name.
 */
export function sanitiseFileName(sent: string): string {
  const segments = sent.normalize('NFC').split(/[/\\]/);
  let name = (segments.at(-1) ?? '')
    .replace(INVISIBLE, '')
    .replace(RESERVED_CHARACTERS, '_')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[.\s]+/u, '')
    .replace(/[.\s]+$/u, '');
  if (WINDOWS_DEVICE.test(name)) name = `_${name}`;
  name = withinBytes(name, MAX_FILE_NAME_BYTES);
  return name === '' ? FALLBACK_FILE_NAME : name;
}

/** Cut to `max` UTF-8 bytes, keeping the extension (if short) and whole characters. */
function withinBytes(name: string, max: number): string {
  if (Buffer.byteLength(name) <= max) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && Buffer.byteLength(name.slice(dot)) <= 32 ? name.slice(dot) : '';
  const stem = name.slice(0, name.length - extension.length);
  let kept = '';
  let bytes = Buffer.byteLength(extension);
  for (const character of stem) {
    const size = Buffer.byteLength(character);
    if (bytes + size > max) break;
    kept += character;
    bytes += size;
  }
  return `${kept.replace(/[.\s]+$/u, '')}${extension}`;
}
