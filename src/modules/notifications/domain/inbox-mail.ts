import type { InboxSubject } from './inbox-subject';
import type { NotificationKind } from './notification-kinds';

export interface MailedItem {
  kind: NotificationKind;
  workspaceId: string;
  taskId: string | null;
  subject: InboxSubject;
}

/** Items listed in one mail; the rest are counted ("and 12 more") and wait in the inbox. */
export const MAX_LISTED_ITEMS = 100;

const WHAT: Readonly<Record<NotificationKind, string>> = Object.freeze({
  assigned: 'Assigned to you',
  'task-completed': 'Your task was completed',
  'task-reopened': 'Your task was reopened',
  comment: 'New comment on your task',
  mention: 'You were mentioned',
  'invitation-accepted': 'Your invitation was accepted',
});

/**
 * One plain-text mail for a batch of one user's items (never empty): a line per item with the
 * task's title and a link, so 50 assignments at once are one mail naming the 50 tasks.
 */
export function inboxMail(
  items: readonly MailedItem[],
  baseUrl: string,
): { subject: string; text: string } {
  const listed = items.slice(0, MAX_LISTED_ITEMS);
  const lines = listed.map((item) => `- ${WHAT[item.kind]}: ${describe(item, baseUrl)}`);
  if (items.length > listed.length) lines.push(`… and ${items.length - listed.length} more.`);
  const subject =
    items.length === 1
      ? `tenfold: ${WHAT[items[0]!.kind]}`
      : `tenfold: ${items.length} new notifications`;
  const text = [
    ...lines,
    '',
    `All of them: ${baseUrl}/v1/me/notifications`,
    `Choose what is mailed: ${baseUrl}/v1/me/notification-preferences`,
    '',
  ].join('\n');
  return { subject, text };
}

function describe(item: MailedItem, baseUrl: string): string {
  const title = item.subject.taskTitle ? `"${oneLine(item.subject.taskTitle)}"` : 'a task';
  if (item.taskId === null) {
    return `a new ${item.subject.role ?? 'member'} joined (${baseUrl}/v1/workspaces/${item.workspaceId}/members)`;
  }
  const link = `${baseUrl}/v1/workspaces/${item.workspaceId}/tasks/${item.taskId}`;
  const excerpt = item.subject.excerpt ? ` — ${oneLine(item.subject.excerpt)}` : '';
  return `${title}${excerpt} (${link})`;
}

const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ');
