import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type Redis from 'ioredis';

import { AppConfig } from '../../../infrastructure/config/app-config';
import { createRedisConnection } from '../../../infrastructure/redis/create-redis-connection';
import type { NotificationView } from '../application/notification-view';
import { liveChannelOf, userOfLiveChannel } from './live-channel';

type Listener = (item: NotificationView) => void;

/**
 * Web side of live delivery: ONE Redis subscriber connection per instance, subscribed to the
 * channel of each user who has a stream open here (and only those: an instance hears nothing of
 * users it does not serve), fanning each message out to that user's open streams. ioredis
 * re-subscribes by itself after a reconnect; what is published meanwhile is not heard, and the
 * client finds it with Last-Event-ID on its next reconnect.
 */
@Injectable()
export class LiveInbox implements OnApplicationShutdown {
  private readonly logger = new Logger('LiveInbox');
  // stateless-ok: the streams open on this instance (sockets), not a cache of shared state.
  private readonly listeners = new Map<string, Set<Listener>>();
  private subscriber?: Redis;

  constructor(private readonly config: AppConfig) {}

  /** Users with at least one stream open here: for tests and diagnostics. */
  get followedUsers(): number {
    return this.listeners.size;
  }

  /**
   * Calls `listener` with each new item of the user's, from the moment this resolves (the
   * subscription is in place) until the returned function is called.
   */
  async follow(userId: string, listener: Listener): Promise<() => Promise<void>> {
    const subscriber = this.connection();
    let mine = this.listeners.get(userId);
    if (!mine) {
      mine = new Set();
      this.listeners.set(userId, mine);
    }
    mine.add(listener);
    const channel = liveChannelOf(this.config.redis.keyPrefix, userId);
    try {
      // Again for every stream: resolves once Redis confirms, so the caller may replay safely.
      await subscriber.subscribe(channel);
    } catch (error: unknown) {
      await this.unfollow(userId, listener);
      throw error;
    }
    return () => this.unfollow(userId, listener);
  }

  async onApplicationShutdown(): Promise<void> {
    this.listeners.clear();
    await this.subscriber?.quit().catch(() => this.subscriber?.disconnect());
  }

  private async unfollow(userId: string, listener: Listener): Promise<void> {
    const mine = this.listeners.get(userId);
    if (!mine) return;
    mine.delete(listener);
    if (mine.size > 0) return;
    this.listeners.delete(userId);
    await this.subscriber
      ?.unsubscribe(liveChannelOf(this.config.redis.keyPrefix, userId))
      .catch((error: unknown) => this.logger.warn(`could not unsubscribe: ${String(error)}`));
  }

  private connection(): Redis {
    if (this.subscriber) return this.subscriber;
    const subscriber = createRedisConnection(this.config, 'notifications-subscriber');
    subscriber.on('message', (channel: string, text: string) => this.receive(channel, text));
    this.subscriber = subscriber;
    return subscriber;
  }

  private receive(channel: string, text: string): void {
    const userId = userOfLiveChannel(this.config.redis.keyPrefix, channel);
    const mine = userId === undefined ? undefined : this.listeners.get(userId);
    if (!mine) return;
    let item: NotificationView;
    try {
      item = JSON.parse(text) as NotificationView;
    } catch {
      return;
    }
    for (const listener of [...mine]) listener(item);
  }
}
