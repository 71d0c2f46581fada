import { randomUUID } from 'node:crypto';

import { InjectQueue } from '@nestjs/bullmq';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { Queue } from 'bullmq';

import { AppConfig } from '../../../../infrastructure/config/app-config';
import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { newJobId } from '../../../../infrastructure/queue/job-reference';
import { digestPeriodEnding } from '../../domain/digest-period';
import { completionsIn } from '../../persistence/daily-completions.store';
import { DigestEntity } from '../../persistence/digest.entity';
import { claimDigestOfDay } from '../../persistence/digest-quota';
import { DIGEST_FAN_OUT_JOB, type DigestJobData, type DigestJobResult } from '../digest-job';
import type { DigestRequested } from './digest-requested';
import { RequestDigestCommand } from './request-digest.command';

/**
 * Fixes the digest's content (the completions of the last 7 days) in a row, then enqueues the
 * fan-out that mails it. If enqueueing fails the request fails, and the row stays unsent (and
 * counts against DIGESTS_PER_DAY: the quota counts requests, which cost before the mail does).
 */
@CommandHandler(RequestDigestCommand)
export class RequestDigestHandler implements ICommandHandler<RequestDigestCommand> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    @InjectQueue('notifications') private readonly queue: Queue<DigestJobData, DigestJobResult>,
    private readonly config: AppConfig,
  ) {}

  async execute({
    props: { workspaceId, actorId },
  }: RequestDigestCommand): Promise<DigestRequested> {
    const digestId = randomUUID();
    const requestedAt = new Date();
    const period = digestPeriodEnding(requestedAt);
    const { value: completedTasks, position } = await this.unitOfWork.commit(
      actorId,
      async (manager) => {
        const limit = this.config.workspaceQuotas.digestsPerDay;
        await claimDigestOfDay(manager, workspaceId, limit, requestedAt);
        const completed = await completionsIn(manager, workspaceId, period);
        await manager.insert(DigestEntity, {
          digestId,
          workspaceId,
          requestedBy: actorId,
          requestedAt,
          periodStart: period.start,
          periodEnd: period.end,
          completedTasks: completed,
        });
        return completed;
      },
    );
    const jobId = newJobId('notifications');
    await this.queue.add(
      DIGEST_FAN_OUT_JOB,
      // Visible as POST …/digests is: admins and up.
      { workspaceId, visibleFrom: 'admin', requestedBy: actorId, readAfter: position, digestId },
      { jobId },
    );
    return { jobId, digestId, completedTasks };
  }
}
