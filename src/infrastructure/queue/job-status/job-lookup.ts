import { setTimeout as sleep } from 'node:timers/promises';

import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';

import type { Actor } from '../../../common/auth/actor';
import { queueOfJobId } from '../job-reference';
import type { QueueName } from '../queue-names';
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

/** Finds client-visible jobs: only inside the caller's workspaces, and never says more than "no". */
@Injectable()
export class JobLookup {
  constructor(private readonly queues: JobQueues) {}

  /** The job, or null when it is unknown, malformed, or in a workspace the actor is not in. */
  async find(id: string, actor: Actor): Promise<VisibleJob | null> {
    const queue = CLIENT_JOB_ID.test(id) ? queueOfJobId(id) : null;
    if (!queue) return null;
    const found = await this.read(queue, id);
    if (!found || !isVisibleTo(found.job, actor)) return null;
    return found;
  }

  /** `waitMs` > 0 long-polls until the job finishes or the wait is over. */
  async status(id: string, actor: Actor, waitMs: number): Promise<JobStatus | null> {
    const deadline = Date.now() + waitMs;
    let found = await this.find(id, actor);
    while (found && !FINISHED_STATES.has(found.state) && Date.now() < deadline) {
      await sleep(Math.min(POLL_INTERVAL_MS, Math.max(0, deadline - Date.now())));
      found = await this.read(found.queue, id);
    }
    return found ? toJobStatus(found.job, found.queue, found.state) : null;
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

function isVisibleTo(job: Job, actor: Actor): boolean {
  const workspaceId: unknown = (job.data as { workspaceId?: unknown } | undefined)?.workspaceId;
  return typeof workspaceId === 'string' && Object.hasOwn(actor.memberships, workspaceId);
}
