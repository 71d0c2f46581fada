import { Injectable } from '@nestjs/common';
import {
  BrokenCircuitError,
  circuitBreaker,
  type CircuitBreakerPolicy,
  CircuitState,
  ConsecutiveBreaker,
  handleWhen,
  IsolatedCircuitError,
} from 'cockatiel';

import { BreakerMetrics } from './breaker-metrics';
import type { BreakerStateName } from './breaker-state-name';
import type { DependencySettings } from './dependency-settings';
import { type FleetOpen, FleetBreakerState } from './fleet-breaker-state';
import { OutboundFailure } from './outbound-failure';

/**
 * Breakers kept per process. Customer webhook endpoints each have one, so the map would grow with
 * every endpoint this process ever called; past this many, the least recently used closed ones go
 * (a fresh breaker starts closed, so forgetting one loses at most a partial failure count).
 */
export const MAX_KEPT_BREAKERS = 5_000;

interface Breaker {
  policy: CircuitBreakerPolicy;
  settings: DependencySettings;
  /** Held while another instance has the fleet's breaker open. */
  isolation?: { dispose: () => void };
}

/**
 * A circuit breaker per dependency. Locally it is cockatiel's: closed → open after
 * `failureThreshold` consecutive OutboundFailures → half-open after `resetMs` → closed on a
 * success, open again on a failure. Only OutboundFailures count, so a 404 from Slack or a bug in
 * the caller never opens it. Across the fleet (FleetBreakerState): the instance whose breaker opens
 * tells the others, which then hold theirs open too; when the open period ends, only the instance
 * that claims the probe calls the dependency, and its outcome closes or re-opens every breaker.
 */
@Injectable()
export class BreakerRegistry {
  private readonly breakers = new Map<string, Breaker>();

  constructor(
    private readonly fleet: FleetBreakerState,
    private readonly metrics: BreakerMetrics,
  ) {
    fleet.onChange((dependency, open) => this.follow(dependency, open));
  }

  async run<T>(
    dependency: string,
    settings: DependencySettings,
    call: () => Promise<T>,
  ): Promise<T> {
    const breaker = this.breakerOf(dependency, settings);
    const open = await this.fleet.stateOf(dependency);
    let probing = false;
    if (open) {
      const left = open.until - Date.now();
      if (left > 0) throw this.rejected(dependency, left);
      // The open period is over: the fleet is half-open, and one instance probes for all.
      const probeTtl = settings.timeoutMs + 1_000;
      if (!(await this.fleet.claimProbe(dependency, probeTtl))) {
        throw this.rejected(dependency, probeTtl);
      }
      probing = true;
      this.release(breaker);
    }
    try {
      const result = await breaker.policy.execute(call);
      if (probing) await this.fleet.announceClosed(dependency);
      return result;
    } catch (error) {
      if (error instanceof BrokenCircuitError || error instanceof IsolatedCircuitError) {
        throw this.rejected(dependency, settings.resetMs);
      }
      if (probing && error instanceof OutboundFailure) {
        await this.fleet.announceOpen(dependency, Date.now() + settings.resetMs);
      }
      throw error;
    } finally {
      if (probing) await this.fleet.releaseProbe(dependency);
    }
  }

  /** This instance's view: open while the fleet or its own breaker says so. */
  stateOf(dependency: string): BreakerStateName {
    const open = this.fleet.knownOpen().get(dependency);
    if (open) return open.until > Date.now() ? 'open' : 'half-open';
    const state = this.breakers.get(dependency)?.policy.state;
    if (state === CircuitState.Open || state === CircuitState.Isolated) return 'open';
    if (state === CircuitState.HalfOpen) return 'half-open';
    return 'closed';
  }

  /** Milliseconds until the dependency may be called again (0 when it may be now). */
  retryAfterMs(dependency: string): number {
    const open = this.fleet.knownOpen().get(dependency);
    return open ? Math.max(0, open.until - Date.now()) : 0;
  }

  /** Every dependency this instance has called, with its state. */
  states(): Map<string, BreakerStateName> {
    const names = new Set([...this.breakers.keys(), ...this.fleet.knownOpen().keys()]);
    return new Map([...names].map((name) => [name, this.stateOf(name)]));
  }

  private breakerOf(dependency: string, settings: DependencySettings): Breaker {
    let breaker = this.breakers.get(dependency);
    if (breaker) {
      // Map order is insertion order: re-inserting keeps the least recently used first.
      this.breakers.delete(dependency);
      this.breakers.set(dependency, breaker);
    } else {
      this.forgetIdleBreakers();
      const policy = circuitBreaker(
        handleWhen((error) => error instanceof OutboundFailure),
        {
          halfOpenAfter: settings.resetMs,
          breaker: new ConsecutiveBreaker(settings.failureThreshold),
        },
      );
      breaker = { policy, settings };
      this.breakers.set(dependency, breaker);
      policy.onStateChange((state) => this.metrics.transition(dependency, stateName(state)));
      policy.onBreak((reason) => {
        // Opened by its own failures (not by isolation): the whole fleet hears of it.
        if (!('isolated' in reason)) {
          void this.fleet.announceOpen(dependency, Date.now() + settings.resetMs);
        }
      });
    }
    return breaker;
  }

  private forgetIdleBreakers(): void {
    if (this.breakers.size < MAX_KEPT_BREAKERS) return;
    for (const [dependency, breaker] of this.breakers) {
      if (this.breakers.size < MAX_KEPT_BREAKERS) return;
      if (breaker.policy.state === CircuitState.Closed && !breaker.isolation) {
        this.breakers.delete(dependency);
      }
    }
  }

  /** Another instance opened (or closed) the dependency's breaker: do likewise here. */
  private follow(dependency: string, open: FleetOpen | null): void {
    this.metrics.fleetState(dependency, open ? 'open' : 'closed');
    const breaker = this.breakers.get(dependency);
    if (!breaker) return;
    if (!open) {
      this.release(breaker);
      // The fleet's probe succeeded elsewhere. A breaker this instance opened by its own
      // failures would stay open until its own next call, which a route's @CircuitBreaker never
      // lets through; cockatiel cannot close one from outside, so a fresh (closed) one replaces it.
      if (breaker.policy.state !== CircuitState.Closed) this.breakers.delete(dependency);
      return;
    }
    const state = breaker.policy.state;
    if (!breaker.isolation && state !== CircuitState.Open) {
      breaker.isolation = breaker.policy.isolate();
    }
  }

  private release(breaker: Breaker): void {
    breaker.isolation?.dispose();
    breaker.isolation = undefined;
  }

  private rejected(dependency: string, retryAfterMs: number): OutboundFailure {
    this.metrics.rejected(dependency);
    return new OutboundFailure('circuit-open', dependency, 'circuit open: not called', {
      retryAfterMs,
    });
  }
}

function stateName(state: CircuitState): BreakerStateName {
  if (state === CircuitState.Closed) return 'closed';
  if (state === CircuitState.HalfOpen) return 'half-open';
  return 'open';
}
