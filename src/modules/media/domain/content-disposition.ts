/**
 * `Content-Disposition: attachment` for a sanitised file name (file-name.ts), as RFC 6266 says:
 * `filename` with an ASCII stand-in for old clients, and `filename*` (RFC 5987/8187) with the UTF-8
 * name percent-encoded, which every current browser prefers. `attachment`, never `inline`: the
 * browser saves the file instead of rendering it in our origin's or the bucket's.
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents off: "café" → "cafe"
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  if (fallback === fileName) return `attachment; filename="${fileName}"`;
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

/** RFC 5987 `value-chars`: attr-char stays, everything else is %XX of its UTF-8 bytes. */
function encodeRfc5987(text: string): string {
  return encodeURIComponent(text).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
