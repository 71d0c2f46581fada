import type { FastifyReply } from 'fastify';

import {
  keyReusedForAnotherRequest,
  replayedProblem,
  requestStillInProgress,
} from './idempotency-problems';
import type { IdempotencyRecord } from './idempotency-record';

export const REPLAYED_HEADER = 'Idempotent-Replayed';

/**
 * The answer to a request whose key is already taken: 422 if it is not the same request, 409 while
 * the first one runs, otherwise the first answer again (status, body, Location) marked as a replay.
 */
export function answerFromRecord(
  record: IdempotencyRecord,
  fingerprint: string,
  reply: FastifyReply,
): unknown {
  if (record.fingerprint !== fingerprint) throw keyReusedForAnotherRequest();
  if (record.state === 'running') throw requestStillInProgress();
  void reply.header(REPLAYED_HEADER, 'true');
  if (record.state === 'failed') throw replayedProblem(record);
  void reply.status(record.status);
  if (record.location !== undefined) void reply.header('Location', record.location);
  return record.body;
}
