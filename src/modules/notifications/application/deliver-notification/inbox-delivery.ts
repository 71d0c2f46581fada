import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { EntityManager } from 'typeorm';

import { AppConfig } from '../../../../infrastructure/config/app-config';
import { lockMailOf, oldestUnbatchedOf } from '../../persistence/inbox-mail.store';
import { addInboxItem, type NewInboxItem } from '../../persistence/inbox-items.store';
import {
  INBOX_MAIL_JOB,
  type InboxMailJobData,
  type InboxMailJobResult,
  inboxMailBatchOf,
} from './inbox-mail-job';

/**
 * What every inbox consumer does with a recipient, inside its delivery transaction: add the item
 * (members only, preferences applied, announced on the live channel at commit) and, for a mailed
 * kind, make sure a batch job is waiting for it.
 */
@Injectable()
export class InboxDelivery {
  constructor(
    @InjectQueue('notifications')
    private readonly queue: Queue<InboxMailJobData, InboxMailJobResult>,
    private readonly config: AppConfig,
  ) {}

  async deliver(manager: EntityManager, item: NewInboxItem): Promise<void> {
    const added = await addInboxItem(manager, item);
    if (added?.delivery === 'email') await this.scheduleMail(manager, item.userId);
  }

  /**
   * Under the user's mail lock (held to commit), so the batch job cannot claim between our look
   * and our commit: either the job runs after this commit and sees the item, or it ran before our
   * look and the item starts a new batch. The job waits for the same lock, so it cannot run before
   * this transaction ends either. A rolled-back item leaves a job that finds nothing new to claim.
   */
  private async scheduleMail(manager: EntityManager, userId: string): Promise<void> {
    await lockMailOf(manager, userId);
    const oldest = await oldestUnbatchedOf(manager, userId);
    if (oldest === undefined) return;
    const batch = inboxMailBatchOf(userId, oldest);
    await this.queue.add(
      INBOX_MAIL_JOB,
      { userId, batch },
      { jobId: batch, delay: this.config.inboxMail.delayMs },
    );
  }
}
