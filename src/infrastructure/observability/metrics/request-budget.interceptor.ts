import { performance } from 'node:perf_hooks';

import {
  CallHandler,
  ExecutionContext,
  INestApplicationContext,
  Logger,
  NestInterceptor,
} from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Histogram, type Registry } from 'prom-client';
import { finalize, type Observable } from 'rxjs';

import { AppConfig } from '../../config/app-config';
import { MetricsRegistry } from './metrics-registry';
import { routePatternOf } from './route-pattern';

/**
 * The request-time budget (docs/JOBS.md, "Budget"): anything slower than REQUEST_BUDGET_MS
 * (200 ms) belongs in a background job. Measures each handler (guards excluded, so a slow session
 * lookup or rate limit does not count against the route) per route pattern, and warns naming the
 * route when one request goes over.
 */
export class RequestBudgetInterceptor implements NestInterceptor {
  private readonly logger = new Logger('RequestBudget');
  private readonly handlerSeconds: Histogram<'route' | 'method'>;

  constructor(
    registry: Registry,
    private readonly budgetMs: number,
  ) {
    this.handlerSeconds = new Histogram({
      name: 'tenfold_http_handler_seconds',
      help: 'Time spent in route handlers by route pattern (request-time budget)',
      labelNames: ['route', 'method'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    });
  }

  static for(app: INestApplicationContext): RequestBudgetInterceptor {
    return new RequestBudgetInterceptor(
      app.get(MetricsRegistry),
      app.get(AppConfig).http.requestBudgetMs,
    );
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const started = performance.now();
    return next.handle().pipe(finalize(() => this.record(request, performance.now() - started)));
  }

  private record(request: FastifyRequest, elapsedMs: number): void {
    const route = routePatternOf(request);
    const method = request.method;
    this.handlerSeconds.observe({ route, method }, elapsedMs / 1000);
    if (elapsedMs > this.budgetMs) {
      const durationMs = Math.round(elapsedMs);
      this.logger.warn(
        { route, method, durationMs, budgetMs: this.budgetMs },
        `${method} ${route} took ${durationMs} ms, over the ${this.budgetMs} ms request budget`,
      );
    }
  }
}
