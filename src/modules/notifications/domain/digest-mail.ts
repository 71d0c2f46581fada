import type { DigestPeriod } from './digest-period';

export interface DigestContent {
  workspaceId: string;
  period: DigestPeriod;
  completedTasks: number;
}

/**
 * One of the member's unread notifications, as the digest lists it. The seam for the inbox
 * (docs/NOTIFICATIONS.md, "Unread notifications in the digest"): `kind` is the inbox's own word
 * (`mention`, `assigned` …), `link` an API path (`/v1/workspaces/…`) made absolute here.
 */
export interface UnreadDigestItem {
  title: string;
  kind: string;
  link: string;
}

export interface DigestMail {
  subject: string;
  text: string;
}

/** Listed one by one up to this many; the rest are counted ("and 3 more"). */
export const UNREAD_ITEMS_LISTED = 20;
/** A title longer than this is cut, so one item cannot make the mail arbitrarily long. */
export const UNREAD_TITLE_CHARS = 120;

/**
 * The digest as one member reads it. Plain text: it names numbers, dates and links, and, when the
 * member has any, their unread notifications (the same for everyone without).
 */
export function digestMail(
  content: DigestContent,
  publicBaseUrl: string,
  unread: readonly UnreadDigestItem[] = [],
  /** All the member's unread items, of which `unread` are the first (at most UNREAD_ITEMS_LISTED). */
  unreadTotal: number = unread.length,
): DigestMail {
  const base = publicBaseUrl.replace(/\/+$/, '');
  const { completedTasks: n, period, workspaceId } = content;
  const tasks = n === 1 ? '1 task' : `${n} tasks`;
  return {
    subject: `Your weekly digest: ${tasks} completed`,
    text: [
      `${tasks} completed in your workspace from ${period.start} to ${period.end} (UTC).`,
      '',
      ...unreadSection(unread, Math.max(unreadTotal, unread.length), base),
      `Workspace: ${base}/v1/workspaces/${workspaceId}`,
      '',
      'To stop these digests: PUT ' +
        `${base}/v1/workspaces/${workspaceId}/digests/subscription {"subscribed": false}`,
    ].join('\n'),
  };
}

function unreadSection(unread: readonly UnreadDigestItem[], total: number, base: string): string[] {
  if (total === 0) return [];
  const listed = unread.slice(0, UNREAD_ITEMS_LISTED).map((item) => {
    const link = item.link.startsWith('/') ? `${base}${item.link}` : item.link;
    return `- [${oneLine(item.kind, 32)}] ${oneLine(item.title, UNREAD_TITLE_CHARS)}\n  ${oneLine(link, 500)}`;
  });
  const more = total - listed.length;
  const heading = total === 1 ? '1 unread notification:' : `${total} unread notifications:`;
  return [heading, ...listed, ...(more > 0 ? [`… and ${more} more`] : []), ''];
}

/**
 * Text written by members (a task title) on one line: control characters and line breaks become
 * spaces, so a title cannot forge lines of the mail, and it is cut to `max` characters.
 */
function oneLine(value: string, max: number): string {
  // eslint-disable-next-line no-control-regex
  const flat = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
