import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';

import { BreakerRegistry } from '../../resilience/breaker-registry';

/**
 * Breakers in readiness details: an open breaker means a dependency is out and its fallback
 * answers, so the service is "degraded", never "down". Per-endpoint webhook breakers are counted,
 * not listed (a customer's dead endpoint is not the service's health).
 */
@Injectable()
export class BreakersIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    private readonly breakers: BreakerRegistry,
  ) {}

  check() {
    const session = this.health.check('breakers');
    const named: Record<string, string> = {};
    let openWebhookEndpoints = 0;
    for (const [dependency, state] of this.breakers.states()) {
      if (!dependency.includes(':')) named[dependency] = state;
      else if (state !== 'closed') openWebhookEndpoints++;
    }
    const details = { ...named, openWebhookEndpoints };
    const out = Object.entries(named).filter(([, state]) => state !== 'closed');
    if (out.length === 0) return session.up(details);
    return session.degraded({
      ...details,
      message: out.map(([dependency, state]) => `${dependency} ${state}`).join(', '),
    });
  }
}
