/**
 * What an inbox item shows without asking another module: the task's title as notifications knew
 * it when the item was made (null when it did not know it yet), a comment's first words, or who
 * joined through an accepted invitation and as what.
 */
export interface InboxSubject {
  taskTitle?: string | null;
  excerpt?: string;
  memberId?: string;
  role?: string;
}

/** Longest comment excerpt kept in an item (the comment itself stays with projects). */
export const EXCERPT_CHARS = 140;

export function excerptOf(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT_CHARS ? flat : `${flat.slice(0, EXCERPT_CHARS - 1)}…`;
}
