import { applyDecorators, UseInterceptors } from '@nestjs/common';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';

import { ApiProblems, problemResponse } from '../openapi/api-problems.decorator';
import { IDEMPOTENCY_KEY_HEADER, MAX_IDEMPOTENCY_KEY_LENGTH } from './idempotency-key-header';
import { IdempotencyInterceptor } from './idempotency.interceptor';

/**
 * Marks a creating POST as safe to retry: with an Idempotency-Key it runs at most once and later
 * requests with the same key get the first answer again (docs/adr/0007-idempotency-keys.md).
 */
export function Idempotent(): MethodDecorator {
  return applyDecorators(
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: IDEMPOTENCY_KEY_HEADER,
      required: false,
      description:
        `Up to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters, unique per intended operation. ` +
        'Retrying with the same key and body within 24 h replays the first answer ' +
        '(marked Idempotent-Replayed: true).',
      schema: { type: 'string', maxLength: MAX_IDEMPOTENCY_KEY_LENGTH },
    }),
    // The codes of idempotency-key-header.ts and idempotency-problems.ts.
    ApiProblems({ 400: ['invalid-idempotency-key'], 422: ['idempotency-key-reused'] }),
    ApiResponse({
      status: 409,
      ...problemResponse(409, ['idempotency-request-in-progress']),
      headers: {
        'Retry-After': {
          description: 'Seconds until the first request with this key has likely finished',
          schema: { type: 'integer' },
        },
      },
    }),
  );
}
