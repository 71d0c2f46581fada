import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';

import { ApiProblems } from '../../../common/http/openapi/api-problems.decorator';

/**
 * The problems an @Idempotent() route answers, as problem+json codes with 409's Retry-After: the
 * shared decorator documents its 409 and 422 without a body schema. Goes above `@Idempotent()`;
 * `conflicts` are the route's own 409 codes, listed with the idempotency one.
 */
export function ApiIdempotencyProblems(conflicts: readonly string[] = []): MethodDecorator {
  return applyDecorators(
    ApiProblems({
      400: ['invalid-idempotency-key'],
      409: [...conflicts, 'idempotency-request-in-progress'],
      422: ['idempotency-key-reused'],
    }),
    ApiResponse({
      status: 409,
      headers: {
        'Retry-After': {
          description: 'With idempotency-request-in-progress: seconds before retrying',
          schema: { type: 'integer' },
        },
      },
    }),
  );
}
