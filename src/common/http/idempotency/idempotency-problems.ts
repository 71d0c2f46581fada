import { ProblemException } from '../problem.exception';
import type { FailedRecord } from './idempotency-record';

/** 422: the client reused a key for a different request, which is a bug on its side. */
export function keyReusedForAnotherRequest(): ProblemException {
  return new ProblemException({
    status: 422,
    title: 'Unprocessable Content',
    code: 'idempotency-key-reused',
    detail:
      'This Idempotency-Key was already used for a request with a different method, path or body. ' +
      'Use a new key for a new request.',
  });
}

/** 409: the first request with this key has not finished; retrying shortly will get its answer. */
export function requestStillInProgress(): ProblemException {
  return new ProblemException({
    status: 409,
    title: 'Conflict',
    code: 'idempotency-request-in-progress',
    detail: 'A request with this Idempotency-Key is still being processed. Retry shortly.',
    headers: { 'Retry-After': '1' },
  });
}

/** The stored 4xx again, rendered by the problem filter so requestId and instance are current. */
export function replayedProblem(record: FailedRecord): ProblemException {
  const { type, title, status, detail, ...extensions } = record.problem;
  return new ProblemException({
    status,
    title,
    detail,
    // The problem's `type` is already rendered; as an extension it overrides the filter's default.
    extensions: { ...extensions, type },
    headers: record.headers,
  });
}
