import { randomUUID } from 'node:crypto';

import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';

import { AppConfig } from '../../../../infrastructure/config/app-config';
import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { digestPeriodBefore, digestPeriodEnding } from '../../domain/digest-period';
import { completionsIn } from '../../persistence/daily-completions.store';
import { claimDigestOfDay } from '../../persistence/digest-quota';
import { fixDigest } from '../../persistence/digests.store';
import {
  DIGEST_FAN_OUT_JOB,
  type DigestJobData,
  type DigestJobResult,
  digestFanOutJobIdOf,
} from '../digest-job';
import type { DigestRequested } from '../request-digest/digest-requested';

/** An admin's request (`requestedBy`), or the weekly schedule's run (`scheduledFor`). */
export type DigestStartProps =
  | { workspaceId: string; requestedBy: string; scheduledFor?: undefined }
  | { workspaceId: string; requestedBy?: undefined; scheduledFor: Date };

/**
 * The one way a digest starts, for the route and the schedule alike: fix its content (the
 * completions of its 7 days) in a row, then enqueue the fan-out that mails it. If enqueueing
 * fails the caller fails; the row stays, and starting the same digest again enqueues it.
 *
 * A request claims the DIGESTS_PER_DAY quota and is always a new digest. A scheduled start is one
 * digest per workspace and fire time, and its fan-out's job id comes from the digest, so a second
 * run of the same fire time (a retried or redriven weekly job, a second worker) finds the digest
 * and adds no job; the fan-out itself would find every member recorded anyway.
 */
@Injectable()
export class DigestStart {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    @InjectQueue('notifications') private readonly queue: Queue<DigestJobData, DigestJobResult>,
    private readonly config: AppConfig,
  ) {}

  async start(props: DigestStartProps): Promise<DigestRequested> {
    const { workspaceId } = props;
    const requestedBy = props.requestedBy ?? null;
    const scheduledFor = props.scheduledFor ?? null;
    const requestedAt = new Date();
    const period = scheduledFor
      ? digestPeriodBefore(scheduledFor)
      : digestPeriodEnding(requestedAt);
    const { value: digest, position } = await this.unitOfWork.commit(
      requestedBy,
      async (manager) => {
        if (requestedBy) {
          const limit = this.config.workspaceQuotas.digestsPerDay;
          await claimDigestOfDay(manager, workspaceId, limit, requestedAt);
        }
        return fixDigest(manager, {
          digestId: randomUUID(),
          workspaceId,
          requestedBy,
          requestedAt,
          scheduledFor,
          periodStart: period.start,
          periodEnd: period.end,
          completedTasks: await completionsIn(manager, workspaceId, period),
        });
      },
    );
    const jobId = digestFanOutJobIdOf(digest.digestId);
    await this.queue.add(
      DIGEST_FAN_OUT_JOB,
      // Visible as POST …/digests is: admins and up.
      {
        workspaceId,
        visibleFrom: 'admin',
        requestedBy,
        readAfter: position,
        digestId: digest.digestId,
      },
      { jobId },
    );
    return { jobId, digestId: digest.digestId, completedTasks: digest.completedTasks };
  }
}
