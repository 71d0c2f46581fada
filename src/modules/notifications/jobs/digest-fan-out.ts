import { Inject, Injectable, Optional } from '@nestjs/common';
import { type Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';

import { AppConfig } from '../../../infrastructure/config/app-config';
import { UnitOfWork } from '../../../infrastructure/database/unit-of-work';
import { OutgoingMail } from '../../../infrastructure/mail/outgoing-mail';
import { DIGEST_FAN_OUT_HOOKS, type DigestFanOutHooks } from '../application/digest-fan-out-hooks';
import {
  DIGEST_UNREAD_ITEMS,
  type DigestUnreadItems,
  type MemberUnreadItems,
} from '../application/digest-unread-items';
import {
  type DigestJobData,
  type DigestJobResult,
  digestMailJobIdOf,
} from '../application/digest-job';
import { digestMail, UNREAD_ITEMS_LISTED } from '../domain/digest-mail';
import { DigestEntity } from '../persistence/digest.entity';
import {
  mailedCount,
  nextRecipients,
  recipientCounts,
  recordRecipients,
} from '../persistence/digest-recipients.store';

/**
 * Members mailed per batch: one Postgres read (two with the inbox's unread items), that many email
 * jobs, one Postgres write.
 */
export const DIGEST_BATCH_SIZE = 100;

export type DigestJob = Job<DigestJobData, DigestJobResult>;

/**
 * Mails one digest to every subscribed member with an address, batch by batch. Each batch is put
 * on the email queue under deterministic job ids, then recorded; a retried attempt starts after
 * the recorded members, and re-enqueues an unrecorded batch under the same ids, which BullMQ
 * ignores (docs/NOTIFICATIONS.md, "Exactly one mail per member").
 */
@Injectable()
export class DigestFanOut {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly mail: OutgoingMail,
    private readonly config: AppConfig,
    @Optional() @Inject(DIGEST_FAN_OUT_HOOKS) private readonly hooks?: DigestFanOutHooks,
    @Optional() @Inject(DIGEST_UNREAD_ITEMS) private readonly unread?: DigestUnreadItems,
  ) {}

  async run(job: DigestJob, signal: AbortSignal): Promise<DigestJobResult> {
    const { digestId, workspaceId } = job.data;
    const manager = this.dataSource.manager; // the primary: it has the request's write
    const digest = await manager.findOneBy(DigestEntity, { digestId, workspaceId });
    if (!digest) throw new UnrecoverableError(`no digest ${digestId} in workspace ${workspaceId}`);
    const { completedTasks, periodStart: start, periodEnd: end } = digest;
    const content = { workspaceId, period: { start, end }, completedTasks };
    const message = digestMail(content, this.config.publicBaseUrl);
    const since = new Date(`${start}T00:00:00.000Z`);
    // With the inbox's seam bound, each member's mail lists their own unread notifications, read
    // for the whole batch in one query.
    const unreadOf = async (userIds: string[]) =>
      this.unread
        ? this.unread.unreadDigestItemsOfMembers(
            manager,
            workspaceId,
            userIds,
            since,
            UNREAD_ITEMS_LISTED,
          )
        : new Map<string, MemberUnreadItems>();
    const limit = this.hooks?.batchSize ?? DIGEST_BATCH_SIZE;

    const { reachable, withoutAddress } = await recipientCounts(manager, workspaceId);
    let mailed = await mailedCount(manager, digestId);
    for (let batch = 1; ; batch++) {
      signal.throwIfAborted();
      const recipients = await nextRecipients(manager, { workspaceId, digestId, limit });
      if (recipients.length === 0) break;
      const unread = await unreadOf(recipients.map(({ userId }) => userId));
      const sends = await Promise.all(
        recipients.map(async ({ userId, email }) => {
          const mailJobId = digestMailJobIdOf(digestId, userId);
          const own = unread.get(userId);
          const mail = own
            ? digestMail(content, this.config.publicBaseUrl, own.items, own.total)
            : message;
          await this.mail.send({ to: email, ...mail }, { jobId: mailJobId });
          return { digestId, userId, mailJobId, enqueuedAt: new Date() };
        }),
      );
      await this.hooks?.after?.('enqueued', batch, digestId);
      await this.unitOfWork.run(null, (tx) => recordRecipients(tx, sends));
      await this.hooks?.after?.('recorded', batch, digestId);
      mailed += sends.length;
      await job.updateProgress(Math.min(99, Math.floor((mailed * 100) / Math.max(reachable, 1))));
    }
    await job.updateProgress(100);
    return { digestId, completedTasks, mailed, withoutAddress };
  }
}
