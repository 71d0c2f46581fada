import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { Auth } from '../../../common/auth/auth.decorator';
import { ApiProblems } from '../../../common/http/openapi/api-problems.decorator';
import { CircuitBreaker } from '../../../infrastructure/resilience/circuit-breaker.decorator';
import { GetQuoteQuery } from '../application/get-quote/get-quote.query';
import { Quote } from '../application/get-quote/quote';
import { QuoteRequestDto } from './dto/quote-request.dto';
import { rethrowUnavailableAsProblem } from './fx-rate-unavailable.problem';
import { LastKnownQuote } from './last-known-quote.fallback';

@ApiTags('billing')
@Controller('billing')
export class BillingController {
  constructor(private readonly queries: QueryBus) {}

  /**
   * Any signed-in user: a quote may call the FX API, whose quota anonymous traffic should not
   * spend. Stale (last-known rate) rather than failing while the FX API is out; 503 only without
   * any rate. While the FX breaker is open fleet-wide, the handler is skipped and LastKnownQuote
   * answers without touching the FX API.
   */
  @Get('quote')
  @Auth()
  @CircuitBreaker('fx-rates', { fallback: LastKnownQuote })
  @ApiOperation({
    operationId: 'getPlanQuote',
    summary: "Quote a plan's price in a currency",
    description:
      "Any signed-in user. Price per seat and month, converted from USD at the day's FX rate. " +
      'While the FX API is out the last known rate is used (`stale: true`, `source: ' +
      'last-known`); 503 `fx-rate-unavailable` only when no rate for the currency was ever known.',
  })
  @ApiOkResponse({ type: Quote })
  @ApiProblems({ 400: ['currency-not-offered'], 503: ['fx-rate-unavailable'] })
  quote(@Query() request: QuoteRequestDto): Promise<Quote> {
    return this.queries
      .execute(new GetQuoteQuery({ plan: request.plan, currency: request.currency }))
      .catch(rethrowUnavailableAsProblem);
  }
}
