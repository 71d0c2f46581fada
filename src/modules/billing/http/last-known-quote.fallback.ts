import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { FastifyRequest } from 'fastify';

import { createValidationPipe } from '../../../common/http/create-validation-pipe';
import type { CircuitFallback } from '../../../infrastructure/resilience/circuit-breaker-route';
import { GetQuoteQuery } from '../application/get-quote/get-quote.query';
import type { Quote } from '../application/get-quote/quote';
import { QuoteRequestDto } from './dto/quote-request.dto';
import { rethrowUnavailableAsProblem } from './fx-rate-unavailable.problem';

/**
 * The quote route's answer while the FX breaker is open (@CircuitBreaker): the same quote from the
 * cached or last known rate, without calling the FX API. Interceptors run before pipes, so the
 * query is validated here with the app's own validation pipe: bad input is still a 400.
 */
@Injectable()
export class LastKnownQuote implements CircuitFallback<Quote> {
  private readonly validation = createValidationPipe();

  constructor(private readonly queries: QueryBus) {}

  async answer(request: FastifyRequest): Promise<Quote> {
    const { plan, currency } = (await this.validation.transform(request.query, {
      type: 'query',
      metatype: QuoteRequestDto,
    })) as QuoteRequestDto;
    return this.queries
      .execute(new GetQuoteQuery({ plan, currency, offline: true }))
      .catch(rethrowUnavailableAsProblem);
  }
}
