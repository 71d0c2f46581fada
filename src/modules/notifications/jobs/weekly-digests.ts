import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';

import type { WeeklyDigestsResult } from '../application/digest-job';
import { DigestStart } from '../application/start-digest/digest-start';
import { workspacesWithSubscribers } from '../persistence/digest-members.store';

/** Workspaces read per page, and started at once within a page. */
export const WORKSPACES_PER_PAGE = 100;
export const STARTS_AT_ONCE = 10;

export type WeeklyDigestsJob = Job<Record<string, never>, WeeklyDigestsResult>;

/**
 * The weekly run the Job Scheduler adds: starts the digest of every workspace with subscribed
 * members, through DigestStart as the route does, keyed by the run's fire time. Everything it
 * does is idempotent per (workspace, fire time), so a retried attempt simply starts again from
 * the first workspace and finds the ones already started (docs/NOTIFICATIONS.md, "Schedule").
 */
@Injectable()
export class WeeklyDigests {
  constructor(
    private readonly dataSource: DataSource,
    private readonly digests: DigestStart,
  ) {}

  async run(job: WeeklyDigestsJob, signal: AbortSignal): Promise<WeeklyDigestsResult> {
    const scheduledFor = fireTimeOf(job);
    const manager = this.dataSource.manager; // the primary: members who subscribed a moment ago
    let workspaces = 0;
    for (let after: string | null = null; ;) {
      signal.throwIfAborted();
      const page = await workspacesWithSubscribers(manager, { after, limit: WORKSPACES_PER_PAGE });
      if (page.length === 0) break;
      for (let i = 0; i < page.length; i += STARTS_AT_ONCE) {
        const starts = page.slice(i, i + STARTS_AT_ONCE);
        await Promise.all(
          starts.map((workspaceId) => this.digests.start({ workspaceId, scheduledFor })),
        );
      }
      workspaces += page.length;
      after = page[page.length - 1];
    }
    return { scheduledFor: scheduledFor.toISOString(), workspaces };
  }
}

/**
 * The fire time a scheduler's job belongs to: BullMQ sets `prevMillis` to it (the job id is
 * `repeat:<scheduler>:<prevMillis>`), the same on every attempt. A job added by hand without it
 * (from bull-board, say) counts as a run of its own creation time.
 */
export function fireTimeOf(job: Pick<Job, 'opts' | 'timestamp'>): Date {
  return new Date(job.opts.prevMillis ?? job.timestamp);
}
