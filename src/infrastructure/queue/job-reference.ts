import { randomUUID } from 'node:crypto';

import type { WorkspaceRole } from '../../common/auth/workspace-role';
import { QUEUE_NAMES, type QueueName } from './queue-names';

/**
 * Jobs that clients follow are addressed as `<queue>.<uuid>`: the id says which queue to look in,
 * so `GET /v1/jobs/{id}` needs no index of its own. (BullMQ refuses `:` in custom ids.)
 */
export function newJobId(queue: QueueName): string {
  return `${queue}.${randomUUID()}`;
}

export function queueOfJobId(id: string): QueueName | null {
  const queue = id.slice(0, id.indexOf('.'));
  return (QUEUE_NAMES as readonly string[]).includes(queue) ? (queue as QueueName) : null;
}

/** Where a client follows a job: the `Location` of a 202 answer. */
export function jobLocation(id: string): string {
  return `/v1/jobs/${id}`;
}

/**
 * What every job a client may follow carries: its workspace (a job is visible only inside it),
 * the least role that may see it, who asked, and the WAL position of the request's write
 * (docs/READ-REPLICAS.md, "Jobs").
 */
export interface WorkspaceJobData {
  workspaceId: string;
  /**
   * The role the route that started the job requires: its status and result (a download link,
   * say) are no more public than the route. Jobs without it are visible from
   * LEGACY_JOB_ROLE up (docs/JOBS.md, "Who sees a job").
   */
  visibleFrom: WorkspaceRole;
  requestedBy: string;
  readAfter?: string;
}

/**
 * Jobs enqueued before `visibleFrom` existed: the strongest role any job-starting route requires
 * (digests need admin), so none of them is shown to a role its route would have refused.
 */
export const LEGACY_JOB_ROLE: WorkspaceRole = 'admin';
