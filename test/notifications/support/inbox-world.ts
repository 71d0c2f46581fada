import { DataSource } from 'typeorm';

import type { IntegrationEvent } from '../../../src/common/contracts/integration-event';
import { newEventMetadata } from '../../../src/common/correlation/new-event-metadata';
import { UnitOfWork } from '../../../src/infrastructure/database/unit-of-work';
import { EventOutbox } from '../../../src/infrastructure/events/event-outbox';
import { MemberJoinedV1 } from '../../../src/modules/identity/contracts/member-joined.event';
import { DigestMembersConsumer } from '../../../src/modules/notifications/consumers/digest-members.consumer';
import { bearer, type SignedInUser } from '../../harness/accounts';
import { joinAs } from '../../projects/support/projects-world';
import { waitFor } from '../../support/wait-for';
import type { WebAppUnderTest } from '../../support/web-app-under-test';

export interface Notification {
  id: string;
  workspaceId: string;
  kind: string;
  taskId: string | null;
  commentId: string | null;
  actorId: string | null;
  subject: { taskTitle?: string | null; excerpt?: string; memberId?: string; role?: string };
  createdAt: string;
  readAt: string | null;
}

export type Owner = SignedInUser & { projectId: string };

/** What the inbox tests do through the API and the outbox (the worker runs beside them). */
export class InboxWorld {
  constructor(readonly web: WebAppUnderTest) {}

  get db(): DataSource {
    return this.web.app.get(DataSource);
  }

  /**
   * A member of the owner's workspace whom notifications knows as a member. joinAs writes the
   * membership directly (identity publishes no join for it), so notifications' member consumer
   * is applied to the join identity would have published, as joinAs does for projects.
   */
  async member(owner: SignedInUser, label: string): Promise<SignedInUser> {
    const user = await joinAs(this.web, owner, 'member', label);
    await this.announceJoin(owner.workspaceId, user.id);
    return user;
  }

  async announceJoin(workspaceId: string, userId: string): Promise<void> {
    const joined = new MemberJoinedV1(
      { userId, role: 'member', via: 'invitation' },
      newEventMetadata(workspaceId, userId),
    );
    await new DigestMembersConsumer().apply(joined, this.db.manager);
  }

  knownMember(workspaceId: string, userId: string): Promise<true> {
    return waitFor(`notifications to know ${userId} as a member`, async () => {
      const rows = await this.db.query(
        `SELECT 1 FROM notifications.digest_members WHERE workspace_id = $1 AND user_id = $2`,
        [workspaceId, userId],
      );
      return rows.length > 0 ? true : undefined;
    });
  }

  async createTask(owner: Owner, title: string, assigneeId?: string): Promise<string> {
    const response = await this.web.http
      .post(`/v1/workspaces/${owner.workspaceId}/projects/${owner.projectId}/tasks`)
      .set(bearer(owner.token))
      .send(assigneeId ? { title, assigneeId } : { title });
    if (response.status !== 201) throw new Error(`task: ${response.status} ${response.text}`);
    return response.body.id;
  }

  async act(
    user: SignedInUser,
    taskId: string,
    action: 'complete' | 'reopen' | { assigneeId: string | null },
  ): Promise<void> {
    const path = `/v1/workspaces/${user.workspaceId}/tasks/${taskId}`;
    const response =
      typeof action === 'string'
        ? await this.web.http.post(`${path}/${action}`).set(bearer(user.token))
        : await this.web.http.put(`${path}/assignee`).set(bearer(user.token)).send(action);
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${response.text}`);
  }

  /** Publishes events through the outbox, as their producer would (in one transaction). */
  async publish(...events: IntegrationEvent[]): Promise<void> {
    const outbox = this.web.app.get(EventOutbox);
    await this.web.app.get(UnitOfWork).run(null, (manager) => outbox.publish(manager, ...events));
  }

  /** Waits until `consumer` has applied the newest event of `type` about `taskId`. */
  async consumed(consumer: string, type: string, taskId: string): Promise<void> {
    await waitFor(`${consumer} to apply ${type} of ${taskId}`, async () => {
      const rows = await this.db.query(
        `SELECT 1 FROM messaging.outbox o
           JOIN messaging.inbox i ON i.event_id = o.event_id AND i.consumer = $1
          WHERE o.type = $2 AND o.event->'payload'->>'taskId' = $3`,
        [consumer, type, taskId],
      );
      return rows.length > 0 ? true : undefined;
    });
  }

  async list(
    user: SignedInUser,
    query = '',
  ): Promise<{ items: Notification[]; nextCursor: string | null }> {
    const response = await this.web.http
      .get(`/v1/me/notifications${query}`)
      .set(bearer(user.token));
    if (response.status !== 200) throw new Error(`list: ${response.status} ${response.text}`);
    return response.body;
  }

  /** Waits until the user has `count` notifications; answers them, newest first. */
  itemsOf(user: SignedInUser, count: number): Promise<Notification[]> {
    return waitFor(`${count} notification(s) for ${user.email}`, async () => {
      const { items } = await this.list(user, '?limit=100');
      return items.length >= count ? items : undefined;
    });
  }
}
