import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';

import { AppConfig } from '../../../infrastructure/config/app-config';
import { UnitOfWork } from '../../../infrastructure/database/unit-of-work';
import { OutgoingMail } from '../../../infrastructure/mail/outgoing-mail';
import type {
  InboxMailJobData,
  InboxMailJobResult,
} from '../application/deliver-notification/inbox-mail-job';
import { inboxMail } from '../domain/inbox-mail';
import { claimMailBatch, lockMailOf, mailBatchOf } from '../persistence/inbox-mail.store';

export type InboxMailJob = Job<InboxMailJobData, InboxMailJobResult>;

/**
 * Mails one batch of one user's items: (1) claims every item still waiting into the batch, under
 * the user's mail lock, and commits; (2) reads the batch and enqueues one mail whose email job id
 * is the batch's name. A retry after (1) claims nothing new (the batch has its items) and
 * enqueues the same mail under the same id, which BullMQ ignores while the email job is kept
 * (docs/NOTIFICATIONS.md, "Email, batched per recipient: the guarantee").
 */
@Injectable()
export class InboxMailDelivery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly mail: OutgoingMail,
    private readonly config: AppConfig,
  ) {}

  async deliver(job: InboxMailJob): Promise<InboxMailJobResult> {
    const { userId, batch } = job.data;
    await this.unitOfWork.run(null, async (manager) => {
      await lockMailOf(manager, userId);
      await claimMailBatch(manager, userId, batch);
    });
    // The primary: it has the claim just committed.
    const { address, items } = await mailBatchOf(this.dataSource.manager, userId, batch);
    if (items.length === 0) return { mailed: 0, withoutAddress: false };
    if (address === undefined) return { mailed: 0, withoutAddress: true };
    await this.mail.send(
      { to: address, ...inboxMail(items, this.config.publicBaseUrl) },
      { jobId: batch },
    );
    return { mailed: items.length, withoutAddress: false };
  }
}
