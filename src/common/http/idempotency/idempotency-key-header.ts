import type { FastifyRequest } from 'fastify';

import { ProblemException } from '../problem.exception';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

/**
 * The client's Idempotency-Key, or undefined when it sent none (keys are optional). A key that is
 * present but unusable is an error rather than ignored: the client believes it is protected.
 */
export function idempotencyKeyOf(request: FastifyRequest): string | undefined {
  const value = request.headers[IDEMPOTENCY_KEY_HEADER.toLowerCase()];
  if (value === undefined) return undefined;
  const key = Array.isArray(value) ? value.join(', ') : value;
  if (key.trim().length === 0) throw invalidKey('must not be empty');
  if (key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw invalidKey(`must be at most ${MAX_IDEMPOTENCY_KEY_LENGTH} characters`);
  }
  return key;
}

function invalidKey(reason: string): ProblemException {
  return new ProblemException({
    status: 400,
    title: 'Bad Request',
    code: 'invalid-idempotency-key',
    detail: `The ${IDEMPOTENCY_KEY_HEADER} header ${reason}.`,
    extensions: { errors: [{ field: IDEMPOTENCY_KEY_HEADER, message: reason }] },
  });
}
