import { ProblemException } from '../../../common/http/problem.exception';
import { FxRateUnavailable } from '../domain/billing.errors';

/** FxRateUnavailable → 503 problem+json with Retry-After; anything else passes on unchanged. */
export function rethrowUnavailableAsProblem(error: unknown): never {
  if (!(error instanceof FxRateUnavailable)) throw error;
  throw new ProblemException({
    status: 503,
    title: 'Service Unavailable',
    code: 'fx-rate-unavailable',
    detail: `${error.message} Try again later.`,
    extensions: { currency: error.currency },
    headers: { 'Retry-After': String(error.retryAfterSeconds) },
  });
}
