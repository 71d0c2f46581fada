import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AppConfig } from '../config/app-config';

const EVERY_MS = 60 * 60_000;
const CHUNK = 5_000;

/**
 * Deletes published outbox rows and inbox entries older than OUTBOX_RETENTION_HOURS, hourly and at
 * start, in chunks that keep each statement short. Dead rows stay until someone looks at them.
 * Several workers running it at once only share the work.
 */
@Injectable()
export class OutboxCleanup {
  private readonly logger = new Logger('OutboxCleanup');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  start(): void {
    void this.runOnce();
    this.timer = setInterval(() => void this.runOnce(), EVERY_MS).unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  async runOnce(): Promise<{ outbox: number; inbox: number }> {
    const hours = this.config.events.retentionHours;
    try {
      const outbox = await this.deleteInChunks(
        `DELETE FROM messaging.outbox WHERE position IN (
           SELECT position FROM messaging.outbox
            WHERE published_at < now() - make_interval(hours => $1) LIMIT ${CHUNK})`,
        hours,
      );
      const inbox = await this.deleteInChunks(
        `DELETE FROM messaging.inbox WHERE (consumer, event_id) IN (
           SELECT consumer, event_id FROM messaging.inbox
            WHERE handled_at < now() - make_interval(hours => $1) LIMIT ${CHUNK})`,
        hours,
      );
      if (outbox + inbox > 0) {
        this.logger.log(`removed ${outbox} published outbox rows and ${inbox} inbox entries`);
      }
      return { outbox, inbox };
    } catch (error) {
      this.logger.warn(`cleanup failed, will retry in an hour: ${(error as Error).message}`);
      return { outbox: 0, inbox: 0 };
    }
  }

  private async deleteInChunks(sql: string, hours: number): Promise<number> {
    let total = 0;
    for (;;) {
      const [, affected] = (await this.dataSource.query(sql, [hours])) as [unknown, number];
      total += affected;
      if (affected < CHUNK) return total;
    }
  }
}
