import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { unreadDigestItemsOfMembers } from '../persistence/digest-inbox.read';
import type { DigestUnreadItems, MemberUnreadItems } from './digest-unread-items';

/**
 * The inbox's side of the digest seam: members' unread items that they asked to get in the digest
 * (preference `digest`), each with the task's title at the time and a link to the task.
 */
@Injectable()
export class InboxDigestItems implements DigestUnreadItems {
  async unreadDigestItemsOfMembers(
    manager: EntityManager,
    workspaceId: string,
    userIds: readonly string[],
    since: Date,
    listed: number,
  ): Promise<Map<string, MemberUnreadItems>> {
    const rows = await unreadDigestItemsOfMembers(manager, workspaceId, userIds, since, listed);
    const byMember = new Map<string, MemberUnreadItems>();
    for (const row of rows) {
      const member = byMember.get(row.userId) ?? { items: [], total: row.total };
      member.items.push({
        kind: row.kind,
        title:
          row.subject.taskTitle ?? (row.kind === 'invitation-accepted' ? 'a new member' : 'a task'),
        link: row.taskId
          ? `/v1/workspaces/${row.workspaceId}/tasks/${row.taskId}`
          : `/v1/workspaces/${row.workspaceId}`,
      });
      byMember.set(row.userId, member);
    }
    return byMember;
  }
}
