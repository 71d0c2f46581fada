import type { Type } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/** A route's answer while its dependency is out: resolved from the module (it may inject). */
export interface CircuitFallback<T = unknown> {
  answer(request: FastifyRequest): Promise<T>;
}

export interface CircuitBreakerRouteOptions {
  fallback?: Type<CircuitFallback>;
}

export interface CircuitBreakerRoute extends CircuitBreakerRouteOptions {
  dependency: string;
}

/** Metadata key of @CircuitBreaker, read by CircuitBreakerInterceptor. */
export const CIRCUIT_BREAKER_ROUTE = Symbol('CIRCUIT_BREAKER_ROUTE');
