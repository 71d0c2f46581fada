import type { ProblemStatus } from '../../../common/http/openapi/api-problems.decorator';

type Problems = Partial<Record<ProblemStatus, readonly string[]>>;

/**
 * A creating route's own problems plus those its @Idempotent() interceptor can answer. That
 * decorator documents its 409 and 422 without a problem+json body and lives in common/, outside
 * this module: listing the codes here gives them the problem schema. For `@ApiProblems(...)`.
 */
export function withIdempotencyProblems(own: Problems = {}): Problems {
  return {
    ...own,
    400: [...(own[400] ?? []), 'invalid-idempotency-key'],
    409: [...(own[409] ?? []), 'idempotency-request-in-progress'],
    422: [...(own[422] ?? []), 'idempotency-key-reused'],
  };
}
