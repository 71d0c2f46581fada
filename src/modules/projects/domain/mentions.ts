/**
 * Who a comment mentions, read from its markdown (docs/COMMENTS.md, "Mentions"). Pure: it finds
 * candidates only; which of them are members of the workspace is the handler's read.
 *
 * - `@ann@example.com` mentions an address (case-insensitive: compared lower-cased, as identity
 *   stores addresses) and `@5b2e8f14-…` a user id (any case, lower-cased).
 * - The `@` must start the text or follow a character that cannot be part of a word or an address,
 *   so `ann@example.com` (no leading `@`) and `\@ann@example.com` (escaped) are plain text.
 * - Punctuation after a mention ends it: `@ann@example.com.`, `(@ann@example.com)`, `@id,` count.
 *   A letter, digit, `_` or `@` right after it makes the whole token plain text instead.
 * - Nothing inside inline code (`` `…` ``, any run of backticks) or fenced code blocks (``` or ~~~)
 *   counts: code quotes addresses, it does not call people. Indented code blocks are not
 *   recognised (a list item's continuation is indented alike; telling them apart takes a full
 *   markdown parser), so a mention there counts.
 */

/** More distinct mentions than this in one comment is refused (400 too-many-mentions). */
export const MENTIONS_PER_COMMENT_MAX = 20;

export type Mention =
  | { readonly kind: 'email'; readonly email: string }
  | { readonly kind: 'user'; readonly userId: string };

const BEFORE = String.raw`(?<![\p{L}\p{N}._%+\-@\\/])`;
const AFTER = String.raw`(?![\p{L}\p{N}_@])`;
const UUID = String.raw`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`;
const EMAIL = String.raw`[a-z0-9._%+\-]{1,64}@[a-z0-9\-]{1,63}(?:\.[a-z0-9\-]{1,63})+`;
// The uuid is tried first: an id is never an address (it has no second `@`).
const MENTION = new RegExp(`${BEFORE}@(?:(${UUID})|(${EMAIL}))${AFTER}`, 'giu');

// A fence opens with 3+ backticks or tildes (up to 3 spaces in) and closes with a line of at least
// as many of the same character; an unclosed fence runs to the end, as CommonMark says.
const FENCED_BLOCK = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[`~]*[ \t]*$|(?![\s\S]))/gm;
// An inline code span: a whole backtick run, then anything up to a run of the same length.
const CODE_SPAN = /(?<!`)(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g;

/** The distinct mentions of `body` in order of first appearance, outside code. */
export function mentionsIn(body: string): Mention[] {
  const prose = body.replace(FENCED_BLOCK, '\n').replace(CODE_SPAN, ' ');
  const seen = new Set<string>();
  const mentions: Mention[] = [];
  for (const [, userId, email] of prose.matchAll(MENTION)) {
    const mention: Mention = userId
      ? { kind: 'user', userId: userId.toLowerCase() }
      : { kind: 'email', email: email.toLowerCase() };
    const key = mention.kind === 'user' ? mention.userId : mention.email;
    if (seen.has(key)) continue;
    seen.add(key);
    mentions.push(mention);
  }
  return mentions;
}

/** A member the workspace knows, with the address projects keeps for them (if any). */
export interface MentionableMember {
  readonly userId: string;
  readonly email: string | null;
}

/**
 * The members among `mentions`, as user ids without duplicates, in order of first mention. A
 * mention that matches no member (an outsider's address, an unknown id) stays plain text: it is
 * not an error, so a comment never tells whether an address is registered.
 */
export function mentionedMembers(
  mentions: readonly Mention[],
  members: readonly MentionableMember[],
): string[] {
  const byId = new Map(members.map((member) => [member.userId, member.userId]));
  const byEmail = new Map(
    members.flatMap((member) => (member.email ? [[member.email, member.userId] as const] : [])),
  );
  const ids = mentions.flatMap((mention) => {
    const id = mention.kind === 'user' ? byId.get(mention.userId) : byEmail.get(mention.email);
    return id ? [id] : [];
  });
  return [...new Set(ids)];
}
