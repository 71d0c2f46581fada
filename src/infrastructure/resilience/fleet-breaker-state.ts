import { randomUUID } from 'node:crypto';

import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import type Redis from 'ioredis';

import { AppConfig } from '../config/app-config';
import { createRedisConnection } from '../redis/create-redis-connection';
import { REDIS } from '../redis/redis.tokens';

/** What the fleet knows of a dependency: open until a time, or (no entry) closed. */
export interface FleetOpen {
  until: number;
  by: string;
}

type Message =
  | { dependency: string; state: 'open'; until: number; by: string }
  | {
      dependency: string;
      state: 'closed';
      by: string;
    };

/**
 * The fleet's view of its breakers, through Redis: an instance that opens a breaker stores
 * `breaker:<dependency>` = {until} and publishes it; every instance keeps a local copy from the
 * channel, and reads the key when it first meets a dependency (it may have started later). When
 * the open period ends, one instance at a time wins `breaker:<dependency>:probe` and sends the
 * probe; its outcome is published. If Redis is unreachable, each instance falls back to its own
 * breaker alone.
 */
@Injectable()
export class FleetBreakerState implements OnModuleInit, OnApplicationShutdown {
  readonly instanceId = randomUUID();
  private readonly logger = new Logger('FleetBreakerState');
  private readonly open = new Map<string, FleetOpen>();
  private readonly loaded = new Set<string>();
  private readonly listeners = new Set<(dependency: string, open: FleetOpen | null) => void>();
  private subscriber?: Redis;
  private readonly channel: string;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {
    // Channels are not key-prefixed by ioredis: the prefix goes in by hand.
    this.channel = `${config.redis.keyPrefix}:breakers`;
  }

  async onModuleInit(): Promise<void> {
    this.subscriber = createRedisConnection(this.config, 'breakers-subscriber');
    this.subscriber.on('message', (_channel: string, text: string) => this.receive(text));
    await this.subscriber.subscribe(this.channel).catch((error: Error) => {
      this.logger.warn(`breaker states are not shared (Redis: ${error.message})`);
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscriber?.quit().catch(() => this.subscriber?.disconnect());
  }

  /** Called with every change the fleet learns of, this instance's own included. */
  onChange(listener: (dependency: string, open: FleetOpen | null) => void): void {
    this.listeners.add(listener);
  }

  /** The fleet's state for the dependency, read from Redis the first time it is asked. */
  async stateOf(dependency: string): Promise<FleetOpen | undefined> {
    if (!this.loaded.has(dependency)) {
      this.loaded.add(dependency);
      const stored = await this.redis.get(keyOf(dependency)).catch(() => null);
      if (stored) this.apply(dependency, JSON.parse(stored) as FleetOpen);
    }
    return this.open.get(dependency);
  }

  /** This instance's view right now, without asking Redis (metrics, readiness). */
  knownOpen(): ReadonlyMap<string, FleetOpen> {
    return this.open;
  }

  async announceOpen(dependency: string, until: number): Promise<void> {
    const open = { until, by: this.instanceId };
    this.apply(dependency, open);
    await this.share(async () => {
      // Kept a while past `until`, so that an instance starting during the probe still learns it.
      await this.redis.set(
        keyOf(dependency),
        JSON.stringify(open),
        'PX',
        until - Date.now() + 60_000,
      );
      await this.publish({ dependency, state: 'open', ...open });
    });
  }

  async announceClosed(dependency: string): Promise<void> {
    this.apply(dependency, null);
    await this.share(async () => {
      await this.redis.del(keyOf(dependency));
      await this.publish({ dependency, state: 'closed', by: this.instanceId });
    });
  }

  /** Whether this instance may send the probe now; the claim lapses after `ttlMs`. */
  async claimProbe(dependency: string, ttlMs: number): Promise<boolean> {
    try {
      const claimed = await this.redis.set(
        probeKeyOf(dependency),
        this.instanceId,
        'PX',
        ttlMs,
        'NX',
      );
      return claimed === 'OK';
    } catch {
      return true; // Redis is away: each instance probes on its own, as a lone breaker would
    }
  }

  async releaseProbe(dependency: string): Promise<void> {
    await this.redis.del(probeKeyOf(dependency)).catch(() => undefined);
  }

  private receive(text: string): void {
    let message: Message;
    try {
      message = JSON.parse(text) as Message;
    } catch {
      return;
    }
    if (message.by === this.instanceId) return;
    this.apply(
      message.dependency,
      message.state === 'open' ? { until: message.until, by: message.by } : null,
    );
  }

  private apply(dependency: string, open: FleetOpen | null): void {
    if (open) this.open.set(dependency, open);
    else this.open.delete(dependency);
    for (const listener of this.listeners) listener(dependency, open);
  }

  private publish(message: Message): Promise<number> {
    return this.redis.publish(this.channel, JSON.stringify(message));
  }

  private async share(work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.logger.warn(`could not share a breaker state (Redis: ${(error as Error).message})`);
    }
  }
}

const keyOf = (dependency: string) => `breaker:${dependency}`;
const probeKeyOf = (dependency: string) => `breaker:${dependency}:probe`;
