import { Logger } from '@nestjs/common';
import { Client } from 'pg';

import { OUTBOX_CHANNEL } from './outbox-channel';

const RECONNECT_DELAY_MS = 2_000;

/**
 * A dedicated connection LISTENing for the outbox channel (a pooled connection cannot: LISTEN
 * belongs to one session). Reconnects after errors; while it is down, the relay's polling covers.
 */
export class OutboxListener {
  private readonly logger = new Logger('OutboxListener');
  private client?: Client;
  private stopped = false;
  private reconnectTimer?: NodeJS.Timeout;

  constructor(
    private readonly connectionString: string,
    private readonly onNotify: () => void,
  ) {}

  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({
      connectionString: this.connectionString,
      application_name: 'tenfold-outbox-listener',
      connectionTimeoutMillis: 5_000,
    });
    client.on('notification', () => this.onNotify());
    client.on('error', (error) => this.reconnect(client, error));
    client.on('end', () => this.reconnect(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.client = client;
      // Anything committed while we were not listening is found by this immediate relay pass.
      this.onNotify();
    } catch (error) {
      this.reconnect(client, error as Error);
    }
  }

  private reconnect(client: Client, error?: Error): void {
    if (this.stopped || (this.client && this.client !== client)) return;
    this.client = undefined;
    void client.end().catch(() => undefined);
    if (error)
      this.logger.warn(`LISTEN connection lost (${error.message}); polling covers meanwhile`);
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => void this.connect(), RECONNECT_DELAY_MS).unref();
  }
}
