import { performance } from 'node:perf_hooks';

import { type INestApplicationContext, Logger } from '@nestjs/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Histogram, type Registry } from 'prom-client';

import { AppConfig } from '../../config/app-config';
import { MetricsRegistry } from './metrics-registry';
import { routePatternOf } from './route-pattern';

const HANDLER_STARTED = Symbol('tenfold.handlerStartedAt');

type TimedRequest = FastifyRequest & { [HANDLER_STARTED]?: number };

/**
 * The request-time budget (docs/JOBS.md, "Budget"): anything slower than REQUEST_BUDGET_MS
 * (200 ms) belongs in a background job. Measures each route's handler, from Fastify's preHandler
 * (the body parsed) to onSend (the answer ready), per route pattern, and warns naming the route
 * when one request goes over. Fastify hooks rather than a Nest interceptor: an interceptor puts an
 * rxjs Observable around every handler, which was a tenth of the web's CPU on its cheapest route
 * (docs/BENCHMARKS.md, "Request cost").
 */
export class RequestBudget {
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

  static of(app: INestApplicationContext): RequestBudget {
    return new RequestBudget(app.get(MetricsRegistry), app.get(AppConfig).http.requestBudgetMs);
  }

  attachTo(fastify: FastifyInstance): void {
    fastify.addHook('preHandler', (request, _reply, done) => {
      (request as TimedRequest)[HANDLER_STARTED] = performance.now();
      done();
    });
    fastify.addHook('onSend', (request, _reply, payload, done) => {
      const started = (request as TimedRequest)[HANDLER_STARTED];
      if (started !== undefined) this.record(request, performance.now() - started);
      done(null, payload);
    });
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
