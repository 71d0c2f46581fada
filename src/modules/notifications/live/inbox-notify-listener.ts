import { Logger } from '@nestjs/common';
import { Client } from 'pg';

import { INBOX_CHANNEL } from '../persistence/inbox-items.store';

const RECONNECT_DELAY_MS = 2_000;

/**
 * A dedicated connection LISTENing on INBOX_CHANNEL (a pooled connection cannot: LISTEN belongs
 * to one session), handing each payload on. Reconnects after errors; what is committed while it
 * is down is not relayed live, and a client finds it with Last-Event-ID on its next reconnect.
 */
export class InboxNotifyListener {
  private readonly logger = new Logger('InboxNotifyListener');
  private client?: Client;
  private stopped = false;
  private reconnectTimer?: NodeJS.Timeout;

  constructor(
    private readonly connectionString: string,
    private readonly onPayload: (payload: string) => void,
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
      application_name: 'tenfold-inbox-listener',
      connectionTimeoutMillis: 5_000,
    });
    client.on('notification', (message) => this.onPayload(message.payload ?? ''));
    client.on('error', (error) => this.reconnect(client, error));
    client.on('end', () => this.reconnect(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${INBOX_CHANNEL}`);
      this.client = client;
    } catch (error) {
      this.reconnect(client, error as Error);
    }
  }

  private reconnect(client: Client, error?: Error): void {
    if (this.stopped || (this.client && this.client !== client)) return;
    this.client = undefined;
    void client.end().catch(() => undefined);
    if (error) this.logger.warn(`LISTEN connection lost (${error.message}); reconnecting`);
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => void this.connect(), RECONNECT_DELAY_MS).unref();
  }
}
