/** Long free text (comment bodies, descriptions) appears in the activity log only this long. */
export const EXCERPT_LENGTH = 120;

/**
 * The start of `text` for a feed line: whitespace runs (newlines included) collapsed to one
 * space, cut at `EXCERPT_LENGTH` code points (never inside a surrogate pair) with an ellipsis.
 * The log is readable by viewers and kept for months: it quotes, it does not archive.
 */
export function excerptOf(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const points = Array.from(flat);
  if (points.length <= EXCERPT_LENGTH) return flat;
  return `${points
    .slice(0, EXCERPT_LENGTH - 1)
    .join('')
    .trimEnd()}…`;
}

export function excerptOrNull(text: string | null): string | null {
  return text === null ? null : excerptOf(text);
}
