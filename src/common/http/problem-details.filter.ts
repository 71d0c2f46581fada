import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { PROBLEM_CONTENT_TYPE } from './problem-details';
import { toProblem } from './problem-details.mapper';
import { requestIdOf } from './request-id-of';

/** The single place where errors become HTTP responses (RFC 9457 problem+json). */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    sendProblem(request, reply, error, this.logger);
  }
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  error: unknown,
  logger: Logger,
): void {
  const { body, headers } = toProblem(error, requestIdOf(request));
  // A dependency outage (503) is expected and answered on purpose: a warning per request, not
  // an error with a stack trace for each of thousands of requests while Redis restarts.
  if (body.status === 503)
    logger.warn({ requestId: body.requestId, type: body.type }, 'dependency unavailable');
  else if (body.status >= 500)
    logger.error({ err: error, requestId: body.requestId }, 'request failed');
  void reply
    .status(body.status)
    .headers(headers)
    .type(PROBLEM_CONTENT_TYPE)
    .send({ ...body, instance: request.url.split('?')[0] });
}
