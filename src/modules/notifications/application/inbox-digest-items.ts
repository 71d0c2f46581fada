import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { UnreadDigestItem } from '../domain/digest-mail';
import { unreadDigestItemsOf } from '../persistence/digest-inbox.read';
import type { DigestUnreadItems } from './digest-unread-items';

/**
 * The inbox's side of the digest seam: a member's unread items that they asked to get in the
 * digest (preference `digest`), each with the task's title at the time and a link to the task.
 */
@Injectable()
export class InboxDigestItems implements DigestUnreadItems {
  async unreadDigestItemsOf(
    manager: EntityManager,
    workspaceId: string,
    userId: string,
    since: Date,
  ): Promise<UnreadDigestItem[]> {
    const rows = await unreadDigestItemsOf(manager, workspaceId, userId, since);
    return rows.map((row) => ({
      kind: row.kind,
      title:
        row.subject.taskTitle ?? (row.kind === 'invitation-accepted' ? 'a new member' : 'a task'),
      link: row.taskId
        ? `/v1/workspaces/${row.workspaceId}/tasks/${row.taskId}`
        : `/v1/workspaces/${row.workspaceId}`,
    }));
  }
}
