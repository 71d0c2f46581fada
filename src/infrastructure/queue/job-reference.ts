import { randomUUID } from 'node:crypto';

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
 * who asked, and the WAL position of the request's write (docs/READ-REPLICAS.md, "Jobs").
 */
export interface WorkspaceJobData {
  workspaceId: string;
  requestedBy: string;
  readAfter?: string;
}
