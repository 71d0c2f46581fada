import { MetricsRegistry } from '../observability/metrics/metrics-registry';
import { BreakerMetrics } from './breaker-metrics';
import { BreakerRegistry, MAX_KEPT_BREAKERS } from './breaker-registry';
import type { DependencySettings } from './dependency-settings';
import type { FleetBreakerState, FleetOpen } from './fleet-breaker-state';
import { OutboundFailure } from './outbound-failure';

/** The fleet's Redis, in memory: registries sharing one are instances of one fleet. */
class InMemoryFleet {
  private readonly open = new Map<string, FleetOpen>();
  private readonly listeners: ((dependency: string, open: FleetOpen | null) => void)[] = [];
  private probe?: { holder: string; until: number };
  private instances = 0;

  view(): FleetBreakerState {
    const id = `instance-${++this.instances}`;
    const fleet = {
      instanceId: id,
      onChange: (listener: (dependency: string, open: FleetOpen | null) => void) =>
        this.listeners.push(listener),
      stateOf: async (dependency: string) => this.open.get(dependency),
      knownOpen: () => this.open,
      announceOpen: async (dependency: string, until: number) =>
        this.set(dependency, { until, by: id }),
      announceClosed: async (dependency: string) => this.set(dependency, null),
      claimProbe: async (_dependency: string, ttlMs: number) => {
        if (this.probe && this.probe.until > Date.now()) return false;
        this.probe = { holder: id, until: Date.now() + ttlMs };
        return true;
      },
      releaseProbe: async () => {
        this.probe = undefined;
      },
    };
    return fleet as unknown as FleetBreakerState; // the parts BreakerRegistry uses
  }

  /** As if the fleet's key had expired, without telling the instances. */
  forget(dependency: string): void {
    this.open.delete(dependency);
  }

  private set(dependency: string, open: FleetOpen | null): void {
    if (open) this.open.set(dependency, open);
    else this.open.delete(dependency);
    for (const listener of this.listeners) listener(dependency, open);
  }
}

const SETTINGS: DependencySettings = {
  timeoutMs: 100,
  retries: 0,
  failureThreshold: 3,
  resetMs: 10_000,
};

describe('circuit breakers (BreakerRegistry), with fake timers', () => {
  let fleet: InMemoryFleet;
  let calls: number;
  const failing = async () => {
    calls++;
    throw new OutboundFailure('status', 'fx-rates', 'answered 500', { status: 500 });
  };
  const working = async () => {
    calls++;
    return 'rates';
  };
  const instance = () =>
    new BreakerRegistry(fleet.view(), new BreakerMetrics(new MetricsRegistry()));

  beforeEach(() => {
    jest.useFakeTimers({ now: new Date('2026-12-01T12:00:00Z') });
    fleet = new InMemoryFleet();
    calls = 0;
  });
  afterEach(() => jest.useRealTimers());

  async function failTimes(breakers: BreakerRegistry, times: number): Promise<void> {
    for (let i = 0; i < times; i++) {
      await expect(breakers.run('fx-rates', SETTINGS, failing)).rejects.toMatchObject({
        kind: 'status',
      });
    }
  }

  it('stays closed below the threshold and opens at it; while open, nothing is called', async () => {
    const breakers = instance();
    await failTimes(breakers, 2);
    expect(breakers.stateOf('fx-rates')).toBe('closed');
    await failTimes(breakers, 1);
    expect(breakers.stateOf('fx-rates')).toBe('open');
    expect(calls).toBe(3);

    const rejected = breakers.run('fx-rates', SETTINGS, working);
    await expect(rejected).rejects.toMatchObject({ kind: 'circuit-open', dependency: 'fx-rates' });
    await expect(rejected).rejects.toHaveProperty('details.retryAfterMs', 10_000);
    expect(calls).toBe(3);
  });

  it('a success resets the count of consecutive failures', async () => {
    const breakers = instance();
    await failTimes(breakers, 2);
    await breakers.run('fx-rates', SETTINGS, working);
    await failTimes(breakers, 2);
    expect(breakers.stateOf('fx-rates')).toBe('closed');
  });

  it('half-opens after the reset time and closes on a successful probe', async () => {
    const breakers = instance();
    await failTimes(breakers, 3);
    jest.advanceTimersByTime(9_999);
    await expect(breakers.run('fx-rates', SETTINGS, working)).rejects.toMatchObject({
      kind: 'circuit-open',
    });
    jest.advanceTimersByTime(1);
    expect(breakers.stateOf('fx-rates')).toBe('half-open');
    await expect(breakers.run('fx-rates', SETTINGS, working)).resolves.toBe('rates');
    expect(breakers.stateOf('fx-rates')).toBe('closed');
    await expect(breakers.run('fx-rates', SETTINGS, working)).resolves.toBe('rates');
    expect(calls).toBe(5);
  });

  it('opens again for a full reset time when the probe fails', async () => {
    const breakers = instance();
    await failTimes(breakers, 3);
    jest.advanceTimersByTime(10_000);
    await failTimes(breakers, 1); // the probe
    expect(breakers.stateOf('fx-rates')).toBe('open');
    jest.advanceTimersByTime(9_000);
    await expect(breakers.run('fx-rates', SETTINGS, working)).rejects.toMatchObject({
      kind: 'circuit-open',
    });
    expect(calls).toBe(4);
  });

  it('counts only OutboundFailures: an answer the caller dislikes never opens it', async () => {
    const breakers = instance();
    for (let i = 0; i < 5; i++) {
      await expect(
        breakers.run('fx-rates', SETTINGS, async () => {
          throw new TypeError('a bug in the caller');
        }),
      ).rejects.toThrow(TypeError);
    }
    expect(breakers.stateOf('fx-rates')).toBe('closed');
  });

  it('keeps each dependency to its own breaker', async () => {
    const breakers = instance();
    await failTimes(breakers, 3);
    await expect(breakers.run('slack', SETTINGS, working)).resolves.toBe('rates');
  });

  describe('across the fleet', () => {
    it('another instance holds its breaker open too, without calling', async () => {
      const first = instance();
      const second = instance();
      await failTimes(first, 3);
      await Promise.resolve(); // the announcement is fire-and-forget
      expect(second.stateOf('fx-rates')).toBe('open');
      await expect(second.run('fx-rates', SETTINGS, working)).rejects.toMatchObject({
        kind: 'circuit-open',
      });
      expect(calls).toBe(3);
    });

    it('sends one probe for the whole fleet after the reset time, and its success closes every instance', async () => {
      const instances = [instance(), instance(), instance(), instance()];
      await failTimes(instances[0], 3);
      await Promise.resolve();
      jest.advanceTimersByTime(10_000);
      let release!: () => void;
      const slowProbe = async () => {
        calls++;
        await new Promise<void>((resolve) => (release = resolve));
        return 'rates';
      };
      const probe = instances[1].run('fx-rates', SETTINGS, slowProbe);
      // While the probe is in flight, everyone else is turned away.
      for (const other of [instances[0], instances[2], instances[3]]) {
        await expect(other.run('fx-rates', SETTINGS, working)).rejects.toMatchObject({
          kind: 'circuit-open',
        });
      }
      expect(calls).toBe(4); // 3 failures + 1 probe
      await Promise.resolve();
      release();
      await expect(probe).resolves.toBe('rates');
      // Closed in every instance's view at once, the one whose own failures opened it included:
      // a route's @CircuitBreaker reads this view before any call could half-open it.
      for (const each of instances) expect(each.stateOf('fx-rates')).toBe('closed');
      for (const each of instances) {
        await expect(each.run('fx-rates', SETTINGS, working)).resolves.toBe('rates');
      }
    });

    it('a failed probe opens every instance again', async () => {
      const first = instance();
      const second = instance();
      await failTimes(first, 3);
      jest.advanceTimersByTime(10_000);
      await failTimes(second, 1); // second instance wins the probe, which fails
      expect(first.stateOf('fx-rates')).toBe('open');
      expect(second.stateOf('fx-rates')).toBe('open');
      await expect(first.run('fx-rates', SETTINGS, working)).rejects.toMatchObject({
        kind: 'circuit-open',
      });
      expect(calls).toBe(4);
    });
  });

  it('forgets the least recently used closed breakers past MAX_KEPT_BREAKERS, never an open one', async () => {
    const breakers = instance();
    const webhook = (n: number | string) => `webhook:${n}`;
    await expect(breakers.run(webhook('down'), SETTINGS, failing)).rejects.toBeDefined();
    await expect(breakers.run(webhook('down'), SETTINGS, failing)).rejects.toBeDefined();
    await expect(breakers.run(webhook('down'), SETTINGS, failing)).rejects.toBeDefined();
    expect(breakers.stateOf(webhook('down'))).toBe('open');
    fleet.forget(webhook('down')); // only this instance's own breaker holds it open now

    for (let n = 0; n < MAX_KEPT_BREAKERS - 1; n++)
      await breakers.run(webhook(n), SETTINGS, working);
    await breakers.run(webhook(0), SETTINGS, working); // recently used again
    await breakers.run(webhook('new'), SETTINGS, working);

    const kept = breakers.states();
    expect(kept.size).toBe(MAX_KEPT_BREAKERS);
    expect(kept.get(webhook('down'))).toBe('open');
    expect(kept.has(webhook(0))).toBe(true);
    expect(kept.has(webhook(1))).toBe(false); // the least recently used closed one
    expect(kept.has(webhook('new'))).toBe(true);
  });
});
