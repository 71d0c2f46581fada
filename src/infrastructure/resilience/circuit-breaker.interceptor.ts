import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { catchError, from, type Observable } from 'rxjs';

import { ProblemException } from '../../common/http/problem.exception';
import { BreakerRegistry } from './breaker-registry';
import {
  CIRCUIT_BREAKER_ROUTE,
  type CircuitBreakerRoute,
  DEPENDENCY_UNAVAILABLE_HEADER,
} from './circuit-breaker-route';
import { OutboundFailure } from './outbound-failure';

/** See @CircuitBreaker. */
@Injectable()
export class CircuitBreakerInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly breakers: BreakerRegistry,
    private readonly modules: ModuleRef,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const route = this.reflector.get<CircuitBreakerRoute | undefined>(
      CIRCUIT_BREAKER_ROUTE,
      context.getHandler(),
    );
    if (!route) return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const open = this.breakers.stateOf(route.dependency) === 'open';
    if (open && route.answersFromWhatIsKnown) {
      void context
        .switchToHttp()
        .getResponse<FastifyReply>()
        .header(DEPENDENCY_UNAVAILABLE_HEADER, route.dependency);
      return next.handle();
    }
    // Open fleet-wide: do not even start the handler.
    if (open) {
      return from(this.fallback(route, request, this.breakers.retryAfterMs(route.dependency)));
    }
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (!(error instanceof OutboundFailure) || error.dependency !== route.dependency)
          throw error;
        return from(this.fallback(route, request, error.details.retryAfterMs ?? 0));
      }),
    );
  }

  private async fallback(
    route: CircuitBreakerRoute,
    request: FastifyRequest,
    retryAfterMs: number,
  ): Promise<unknown> {
    if (route.fallback) {
      return this.modules.get(route.fallback, { strict: false }).answer(request);
    }
    throw new ProblemException({
      status: 503,
      title: 'Service Unavailable',
      code: 'dependency-unavailable',
      detail: `${route.dependency} is unavailable; try again later.`,
      headers: { 'Retry-After': String(Math.max(1, Math.ceil(retryAfterMs / 1000))) },
    });
  }
}
