import { Injectable } from '@nestjs/common';
import {
  BrokenCircuitError,
  circuitBreaker,
  type CircuitBreakerPolicy,
  ConsecutiveBreaker,
  handleWhen,
  IsolatedCircuitError,
} from 'cockatiel';

import type { DependencySettings } from './dependency-settings';
import { OutboundFailure } from './outbound-failure';

/**
 * A circuit breaker per dependency (cockatiel): only OutboundFailures count, so a 404 from Slack
 * or a bug in the caller never opens it.
 */
@Injectable()
export class BreakerRegistry {
  private readonly breakers = new Map<string, CircuitBreakerPolicy>();

  async run<T>(
    dependency: string,
    settings: DependencySettings,
    call: () => Promise<T>,
  ): Promise<T> {
    const breaker = this.breakerOf(dependency, settings);
    try {
      return await breaker.execute(call);
    } catch (error) {
      if (error instanceof BrokenCircuitError || error instanceof IsolatedCircuitError) {
        throw new OutboundFailure('circuit-open', dependency, 'circuit open: not called');
      }
      throw error;
    }
  }

  private breakerOf(dependency: string, settings: DependencySettings): CircuitBreakerPolicy {
    let breaker = this.breakers.get(dependency);
    if (!breaker) {
      breaker = circuitBreaker(
        handleWhen((error) => error instanceof OutboundFailure),
        {
          halfOpenAfter: settings.resetMs,
          breaker: new ConsecutiveBreaker(settings.failureThreshold),
        },
      );
      this.breakers.set(dependency, breaker);
    }
    return breaker;
  }
}
