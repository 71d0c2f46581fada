import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';

import { AppConfig } from '../../../infrastructure/config/app-config';
import { actAsModule } from '../../../infrastructure/database/module-roles/acting-module';
import { REDIS } from '../../../infrastructure/redis/redis.tokens';
import { notificationViewOf } from '../application/notification-view';
import { inboxItemOf } from '../persistence/inbox-live.read';
import { InboxNotifyListener } from './inbox-notify-listener';
import { liveChannelOf } from './live-channel';

/** How long a relayed item's claim stays: far longer than any worker hears the same NOTIFY late. */
const CLAIM_MS = 60_000;
const ITEM_ID = /^[1-9]\d{0,18}$/;

/**
 * Worker side of live delivery (docs/NOTIFICATIONS.md, "Live delivery"): hears each committed
 * inbox item on Postgres' `notifications_inbox` channel and publishes it, as its list JSON, on the
 * user's Redis channel, where the web instance holding the user's stream hears it.
 *
 * Every worker LISTENs (there is no leader to lose), so each hears every NOTIFY; one relays it:
 * the worker that wins `SET notifications:relayed:<id> NX`. Streams also drop an id they have sent,
 * so a duplicate publish (a claim that expired, a retry) never reaches a client twice.
 */
@Injectable()
export class InboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('InboxRelay');
  private listener?: InboxNotifyListener;
  /** One item at a time, in the order Postgres delivered them (commit order). */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.listener = new InboxNotifyListener(this.config.database.primaryUrl, (payload) => {
      this.queue = this.queue.then(() => this.relay(payload));
    });
    await this.listener.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.listener?.stop();
    await this.queue;
  }

  private async relay(payload: string): Promise<void> {
    try {
      const { userId, id } = JSON.parse(payload) as { userId?: unknown; id?: unknown };
      if (typeof userId !== 'string' || typeof id !== 'string' || !ITEM_ID.test(id)) return;
      const claimed = await this.redis.set(
        `notifications:relayed:${id}`,
        '1',
        'PX',
        CLAIM_MS,
        'NX',
      );
      if (claimed !== 'OK') return;
      // The primary: the NOTIFY came at the item's commit, a replica may not have it yet. This
      // runs outside any entry point (a LISTEN connection's callback): it acts as its module here.
      const row = await actAsModule('notifications', () =>
        inboxItemOf(this.dataSource.manager, id),
      );
      if (!row) return;
      const channel = liveChannelOf(this.config.redis.keyPrefix, row.userId);
      await this.redis.publish(channel, JSON.stringify(notificationViewOf(row)));
    } catch (error: unknown) {
      // The client finds the item with Last-Event-ID on its next reconnect, or in the list.
      this.logger.warn(`could not relay inbox item (${String(error)}): ${payload.slice(0, 200)}`);
    }
  }
}
