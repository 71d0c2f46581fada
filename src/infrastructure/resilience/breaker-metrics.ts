import { Injectable } from '@nestjs/common';
import { Counter, Gauge } from 'prom-client';

import { MetricsRegistry } from '../observability/metrics/metrics-registry';
import type { BreakerStateName } from './breaker-state-name';
import { settingsKeyOf } from './dependency-settings';

const STATE_VALUE: Record<BreakerStateName, number> = { closed: 0, 'half-open': 1, open: 2 };

/**
 * Breakers in /metrics. Counters carry the dependency's settings key (`webhook`, not
 * `webhook:<endpointId>`), so a thousand customer endpoints stay one label value.
 */
@Injectable()
export class BreakerMetrics {
  private readonly state: Gauge<'dependency'>;
  private readonly transitions: Counter<'dependency' | 'to'>;
  private readonly rejections: Counter<'dependency'>;

  constructor(registry: MetricsRegistry) {
    this.state = new Gauge({
      name: 'tenfold_breaker_state',
      help: 'Circuit breaker state as this instance sees it: 0 closed, 1 half-open, 2 open',
      labelNames: ['dependency'],
      registers: [registry],
    });
    this.transitions = new Counter({
      name: 'tenfold_breaker_transitions_total',
      help: "Transitions of this instance's breakers, by the state entered",
      labelNames: ['dependency', 'to'],
      registers: [registry],
    });
    this.rejections = new Counter({
      name: 'tenfold_breaker_rejections_total',
      help: 'Calls not made because the breaker was open',
      labelNames: ['dependency'],
      registers: [registry],
    });
  }

  transition(dependency: string, to: BreakerStateName): void {
    const label = settingsKeyOf(dependency);
    this.transitions.inc({ dependency: label, to });
    this.setState(dependency, to);
  }

  fleetState(dependency: string, to: 'open' | 'closed'): void {
    this.setState(dependency, to);
  }

  // One gauge per named dependency; per-endpoint breakers (webhook:<id>) only count transitions.
  private setState(dependency: string, to: BreakerStateName): void {
    if (!dependency.includes(':')) this.state.set({ dependency }, STATE_VALUE[to]);
  }

  rejected(dependency: string): void {
    this.rejections.inc({ dependency: settingsKeyOf(dependency) });
  }
}
