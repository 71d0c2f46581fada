import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Observable } from 'rxjs';

import { withCorrelationId } from './correlation-context';

/** Runs each request's handler with the request id as correlation id (events carry it on). */
export class CorrelationInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    return new Observable((subscriber) =>
      withCorrelationId(String(request.id), () => next.handle().subscribe(subscriber)),
    );
  }
}
