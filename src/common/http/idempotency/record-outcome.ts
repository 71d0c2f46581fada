import { HttpException } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

import { toProblem } from '../problem-details.mapper';
import type { FailedRecord, SucceededRecord } from './idempotency-record';

/** The answer the handler is about to send, as it will be replayed. */
export function succeededRecord(
  fingerprint: string,
  reply: FastifyReply,
  body: unknown,
): SucceededRecord {
  const location = reply.getHeader('location');
  return {
    state: 'succeeded',
    fingerprint,
    status: reply.statusCode,
    body: body ?? null,
    ...(typeof location === 'string' ? { location } : {}),
  };
}

/**
 * A 4xx says "this request is wrong", so the same request would be refused again: keep the answer.
 * 429 says "not now" instead, and anything else (5xx, crashes) may succeed on a retry: those are
 * not kept, so the key is released.
 */
export function failedRecord(fingerprint: string, error: unknown): FailedRecord | undefined {
  if (!(error instanceof HttpException)) return undefined;
  const status = error.getStatus();
  if (status < 400 || status >= 500 || status === 429) return undefined;
  // Rendered without a requestId (nor instance, which the filter adds): the replay gets its own.
  const { body: problem, headers } = toProblem(error, undefined);
  return { state: 'failed', fingerprint, status, problem, headers };
}
