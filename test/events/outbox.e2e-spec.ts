import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { withCorrelationId } from '../../src/common/correlation/correlation-context';
import {
  EventOutbox,
  PublishOutsideTransactionError,
} from '../../src/infrastructure/events/event-outbox';
import { OUTBOX_CHANNEL } from '../../src/infrastructure/events/outbox-channel';
import { testConfig } from '../support/test-config';
import { probe } from '../support/test-events';
import { WebAppUnderTest } from '../support/web-app-under-test';

describe('the outbox: events commit or roll back with their state change', () => {
  let web: WebAppUnderTest;
  let dataSource: DataSource;
  let outbox: EventOutbox;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(testConfig());
    dataSource = web.app.get(DataSource);
    outbox = web.app.get(EventOutbox);
  });
  afterAll(() => web?.close());

  const stored = async (eventId: string) =>
    dataSource.query(`SELECT type, event FROM messaging.outbox WHERE event_id = $1`, [eventId]);

  it('writes the event with its transaction, as JSON carrying the whole envelope', async () => {
    const event = withCorrelationId('req-123', () => probe(1));
    await dataSource.transaction((manager) => outbox.publish(manager, event));
    const [row] = await stored(event.id);
    expect(row.type).toBe('test.probe.happened.v1');
    expect(row.event).toEqual({
      id: event.id,
      type: 'test.probe.happened.v1',
      occurredAt: event.occurredAt,
      workspaceId: event.workspaceId,
      actorId: null,
      correlationId: 'req-123',
      payload: { n: 1 },
    });
  });

  it('writes nothing when the transaction rolls back after publishing', async () => {
    const event = probe(2);
    await expect(
      dataSource.transaction(async (manager) => {
        await outbox.publish(manager, event);
        throw new Error('the state change failed');
      }),
    ).rejects.toThrow('the state change failed');
    expect(await stored(event.id)).toEqual([]);
  });

  it('refuses to publish outside a transaction', async () => {
    const event = probe(3);
    await expect(outbox.publish(dataSource.manager, event)).rejects.toBeInstanceOf(
      PublishOutsideTransactionError,
    );
    expect(await stored(event.id)).toEqual([]);
  });

  it('notifies listeners at commit, never for a rolled-back transaction', async () => {
    const listener = new Client({ connectionString: web.config.database.primaryUrl });
    await listener.connect();
    const notifications: string[] = [];
    listener.on('notification', (message) => notifications.push(message.channel));
    await listener.query(`LISTEN ${OUTBOX_CHANNEL}`);
    try {
      await dataSource
        .transaction(async (manager) => {
          await outbox.publish(manager, probe(4));
          throw new Error('rolled back');
        })
        .catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(notifications).toEqual([]);

      await dataSource.transaction((manager) => outbox.publish(manager, probe(5)));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(notifications).toEqual([OUTBOX_CHANNEL]);
    } finally {
      await listener.end();
    }
  });
});
