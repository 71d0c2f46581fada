import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { OUTBOX_CHANNEL } from '../../infrastructure/events/outbox-channel';

/** An outbox row the relay gave up on (docs/EVENTS.md, "Failures"). */
export interface DeadOutboxRow {
  /** The event's id (`event_id`), as consumers and logs know it. */
  readonly id: string;
  readonly type: string;
  readonly attempts: number;
  readonly createdAt: string;
  readonly deadAt: string;
  readonly lastError: string | null;
}

/** Which rows to redrive: given ids, or every dead row (of one type). */
export type OutboxSelection =
  | { readonly ids: readonly string[]; readonly type?: string }
  | { readonly all: true; readonly type?: string };

interface Row {
  id: string;
  type: string;
  attempts: number;
  created_at: Date;
  dead_at: Date;
  last_error: string | null;
}

const COLUMNS = `event_id AS id, type, attempts, created_at, dead_at, last_error`;

/**
 * Dead rows of messaging.outbox, read and put back in line. A redrive clears `dead_at` and the
 * attempt count, so the relay claims the row on its next pass with a full set of attempts; each
 * consumer's inbox turns away a second delivery to a consumer that had already applied it.
 */
@Injectable()
export class DeadOutboxRows {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest deaths first. */
  async list(type: string | undefined, limit: number): Promise<DeadOutboxRow[]> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM messaging.outbox
        WHERE dead_at IS NOT NULL AND ($1::text IS NULL OR type = $1)
        ORDER BY dead_at DESC, position DESC LIMIT $2`,
      [type ?? null, limit],
    );
    return rows.map(toDeadRow);
  }

  /** The selected rows that are dead now, in outbox order. */
  async select(selection: OutboxSelection): Promise<DeadOutboxRow[]> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM messaging.outbox
        WHERE dead_at IS NOT NULL AND ($1::text IS NULL OR type = $1)
          AND ($2::uuid[] IS NULL OR event_id = ANY($2::uuid[]))
        ORDER BY position`,
      [selection.type ?? null, 'ids' in selection ? selection.ids : null],
    );
    return rows.map(toDeadRow);
  }

  /**
   * Puts the selected dead rows back in line and wakes the relay (NOTIFY is delivered at commit).
   * Answers the ids of the rows it changed: a row redriven meanwhile by someone else is not dead
   * any more and is left alone.
   */
  async redrive(selection: OutboxSelection): Promise<string[]> {
    return this.dataSource.transaction(async (manager) => {
      // An UPDATE answers [rows, affected count] through TypeORM's Postgres driver.
      const [rows]: [{ id: string }[], number] = await manager.query(
        `UPDATE messaging.outbox
            SET dead_at = NULL, attempts = 0, next_attempt_at = now()
          WHERE dead_at IS NOT NULL AND published_at IS NULL
            AND ($1::text IS NULL OR type = $1)
            AND ($2::uuid[] IS NULL OR event_id = ANY($2::uuid[]))
          RETURNING event_id AS id`,
        [selection.type ?? null, 'ids' in selection ? selection.ids : null],
      );
      if (rows.length > 0) await manager.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
      return rows.map((row) => row.id);
    });
  }

  /** Of the given event ids, those with no outbox row at all. */
  async unknown(ids: readonly string[]): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT event_id AS id FROM messaging.outbox WHERE event_id = ANY($1::uuid[])`,
      [ids],
    );
    const known = new Set(rows.map((row) => row.id));
    return ids.filter((id) => !known.has(id));
  }
}

function toDeadRow(row: Row): DeadOutboxRow {
  return {
    id: row.id,
    type: row.type,
    attempts: row.attempts,
    createdAt: row.created_at.toISOString(),
    deadAt: row.dead_at.toISOString(),
    lastError: row.last_error,
  };
}
