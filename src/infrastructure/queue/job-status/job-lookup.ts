import { setTimeout as sleep } from 'node:timers/promises';

import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';

import type { Actor } from '../../../common/auth/actor';
import { isWorkspaceRole, roleAtLeast, roleIn } from '../../../common/auth/workspace-role';
import { AppConfig } from '../../config/app-config';
import { LEGACY_JOB_ROLE, queueOfJobId } from '../job-reference';
import type { QueueName } from '../queue-names';
import {
  type AddressCover,
  internalAddressesOf,
  withoutInternalAddresses,
} from './internal-addresses';
import { JobQueues } from './job-queues';
import { FINISHED_STATES, type JobStatus, toJobStatus } from './job-status';

/** `<queue>.<uuid>` as newJobId makes it; anything else is no job a client can follow. */
const CLIENT_JOB_ID = /^[a-z]+\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const POLL_INTERVAL_MS = 100;

export interface VisibleJob {
  queue: QueueName;
  job: Job;
  state: string;
}

/**
 * Finds client-visible jobs: only inside the caller's workspaces, for roles the job's route would
 * have let in, and never says more than "no".
 */
@Injectable()
export class JobLookup {
  private readonly covers: AddressCover[];

  constructor(
    private readonly queues: JobQueues,
    config: AppConfig,
  ) {
    this.covers = internalAddressesOf(config);
  }

  /**
   * The job, or null when it is unknown, malformed, in a workspace the actor is not in, or for a
   * higher role than the actor has there.
   */
  async find(id: string, actor: Actor): Promise<VisibleJob | null> {
    const queue = CLIENT_JOB_ID.test(id) ? queueOfJobId(id) : null;
    if (!queue) return null;
    const found = await this.read(queue, id);
    if (!found || !isVisibleTo(found.job, actor)) return null;
    return found;
  }

  /**
   * Re-reads a found job until it finishes, `waitMs` is over or `signal` aborts (the client went
   * away); null if it is removed meanwhile. `onTurn` runs between reads (the caller keeps its
   * wait slot alive there).
   */
  async waitFor(
    found: VisibleJob,
    waitMs: number,
    { signal, onTurn }: { signal: AbortSignal; onTurn: () => Promise<void> },
  ): Promise<VisibleJob | null> {
    const deadline = Date.now() + waitMs;
    const id = found.job.id ?? '';
    let current: VisibleJob | null = found;
    while (current && !FINISHED_STATES.has(current.state) && Date.now() < deadline) {
      const pause = Math.min(POLL_INTERVAL_MS, Math.max(0, deadline - Date.now()));
      await sleep(pause, undefined, { signal }).catch(() => undefined);
      if (signal.aborted) break;
      await onTurn();
      current = await this.read(current.queue, id);
    }
    return current;
  }

  /** What a client is shown of a job: its status, without the addresses of servers behind the API. */
  statusOf({ job, queue, state }: VisibleJob): JobStatus {
    return withoutInternalAddresses(toJobStatus(job, queue, state), this.covers);
  }

  /** State first, then the job: a job finishing in between shows its final fields with "completed". */
  async read(queue: QueueName, id: string): Promise<VisibleJob | null> {
    const bullQueue = this.queues.of(queue);
    const state = await bullQueue.getJobState(id);
    const job = await bullQueue.getJob(id);
    if (!job || state === 'unknown') return null;
    return { queue, job, state };
  }
}

/**
 * Only to members of the job's workspace whose role is at least the job's `visibleFrom` (the role
 * its route required; LEGACY_JOB_ROLE for jobs without one). Own-property reads and a role
 * whitelist, so ids like `__proto__` or `constructor` and odd payloads match nothing.
 */
function isVisibleTo(job: Job, actor: Actor): boolean {
  const data = (job.data ?? {}) as Partial<Record<'workspaceId' | 'visibleFrom', unknown>>;
  const { workspaceId, visibleFrom } = data;
  if (typeof workspaceId !== 'string') return false;
  const role = roleIn(actor.memberships, workspaceId);
  return (
    role !== undefined &&
    roleAtLeast(role, isWorkspaceRole(visibleFrom) ? visibleFrom : LEGACY_JOB_ROLE)
  );
}
