import type { Type } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/** A route's answer while its dependency is out: resolved from the module (it may inject). */
export interface CircuitFallback<T = unknown> {
  answer(request: FastifyRequest): Promise<T>;
}

export interface CircuitBreakerRouteOptions {
  fallback?: Type<CircuitFallback>;
  /**
   * The route's answer is built from what tenfold knows (rows, links signed locally) and calls
   * the dependency at no point: while the breaker is open it answers as usual, marked with the
   * header DEPENDENCY_UNAVAILABLE_HEADER naming the dependency (its links may not work until it
   * is back). Exclusive with `fallback`.
   */
  answersFromWhatIsKnown?: boolean;
}

/** Set on an answer given while a dependency it names (comma-separated) is unavailable. */
export const DEPENDENCY_UNAVAILABLE_HEADER = 'Dependency-Unavailable';

export interface CircuitBreakerRoute extends CircuitBreakerRouteOptions {
  dependency: string;
}

/** Metadata key of @CircuitBreaker, read by CircuitBreakerInterceptor. */
export const CIRCUIT_BREAKER_ROUTE = Symbol('CIRCUIT_BREAKER_ROUTE');
