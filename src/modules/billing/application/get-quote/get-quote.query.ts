import { Query } from '@nestjs/cqrs';

import type { PlanId } from '../../domain/plans';
import type { Quote } from './quote';

export interface GetQuoteProps {
  readonly plan: PlanId;
  /** ISO 4217, upper case. */
  readonly currency: string;
  /**
   * Without calling the FX API (its breaker is open): the cached rate, else the last known one.
   * The route's @CircuitBreaker fallback asks for this. Absent: false.
   */
  readonly offline?: boolean;
}

export class GetQuoteQuery extends Query<Quote> {
  constructor(readonly props: GetQuoteProps) {
    super();
  }
}
