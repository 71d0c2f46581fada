import type { NestFastifyApplication } from '@nestjs/platform-fastify';

import { ProblemDetailsFilter } from '../common/http/problem-details.filter';
import { createValidationPipe } from '../common/http/create-validation-pipe';
import { AppConfig } from '../infrastructure/config/app-config';
import { HttpMetrics } from '../infrastructure/observability/metrics/http-metrics';
import { RequestBudget } from '../infrastructure/observability/metrics/request-budget.hooks';
import { useApiPrefix } from './api-prefix';
import { exposeReadRoutes } from './expose-read-routes';

/** /v1 prefix, strict validation, problem+json for every error, latency metrics. */
export function configureHttpConventions(app: NestFastifyApplication): void {
  useApiPrefix(app);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  // Nest also hands errors raised by Fastify itself (malformed JSON, wrong media type, body too
  // large) to global filters, so this one filter covers every error.
  const fastify = app.getHttpAdapter().getInstance();
  app.get(HttpMetrics).attachTo(fastify);
  RequestBudget.of(app).attachTo(fastify);
  // The API speaks JSON; any other body gets 415 instead of reaching validation as a string.
  fastify.removeContentTypeParser('text/plain');
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });
  if (app.get(AppConfig).database.routing.debugHeader) exposeReadRoutes(fastify);
}
