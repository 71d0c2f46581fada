import { applyDecorators, SetMetadata, UseInterceptors } from '@nestjs/common';

import {
  CIRCUIT_BREAKER_ROUTE,
  type CircuitBreakerRoute,
  type CircuitBreakerRouteOptions,
} from './circuit-breaker-route';
import { CircuitBreakerInterceptor } from './circuit-breaker.interceptor';

/**
 * For a route whose answer depends on an external service: while the dependency's breaker is open
 * (or when the call fails on the way), the route answers with its fallback, or with 503
 * problem+json and Retry-After when it has none. Never a hang: the call itself has a timeout.
 */
export function CircuitBreaker(dependency: string, options: CircuitBreakerRouteOptions = {}) {
  return applyDecorators(
    SetMetadata(CIRCUIT_BREAKER_ROUTE, { dependency, ...options } satisfies CircuitBreakerRoute),
    UseInterceptors(CircuitBreakerInterceptor),
  );
}
