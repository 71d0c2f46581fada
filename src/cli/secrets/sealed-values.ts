import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AppConfig } from '../../infrastructure/config/app-config';
import {
  SecretBox,
  sealedPrefixOf,
  UnreadableSecret,
} from '../../infrastructure/secrets/secret-box';
import { CliRefusal } from '../cli-errors';
import { SEALED_COLUMNS, type SealedColumns } from './sealed-columns';

/** How many stored values of one column are sealed with one key (`null`: stored in clear). */
export interface KeyUsage {
  readonly column: string;
  readonly keyId: string | null;
  readonly values: number;
}

export interface ResealedColumn {
  readonly column: string;
  readonly values: number;
}

/**
 * Reads which key sealed each stored secret, and re-seals them under the sealing key (the first
 * of SECRETS_KEYS). Values are moved in batches, each batch one transaction with its rows locked,
 * so a run that stops keeps what it did and a second run does only what is left; a value already
 * sealed with the target key is never touched. Values are opened and sealed in this process and
 * never leave it: nothing here logs or returns one.
 */
@Injectable()
export class SealedValues {
  constructor(
    private readonly dataSource: DataSource,
    private readonly box: SecretBox,
    private readonly config: AppConfig,
  ) {}

  get sealingKeyId(): string {
    return this.config.secrets.keys[0].id;
  }

  get configuredKeyIds(): string[] {
    return this.config.secrets.keys.map((key) => key.id);
  }

  async usage(): Promise<KeyUsage[]> {
    const usage: KeyUsage[] = [];
    for (const set of SEALED_COLUMNS) {
      for (const column of set.columns) {
        const rows: { key_id: string | null; n: number }[] = await this.dataSource.query(
          `SELECT CASE WHEN ${column} LIKE 'tfs1:%' THEN split_part(${column}, ':', 2) END AS key_id,
                  count(*)::int AS n
             FROM ${set.table} WHERE ${column} IS NOT NULL
            GROUP BY 1 ORDER BY 1 NULLS FIRST`,
        );
        for (const row of rows) {
          usage.push({ column: `${set.table}.${column}`, keyId: row.key_id, values: row.n });
        }
      }
    }
    return usage;
  }

  /** Re-seals every value not yet sealed with the sealing key; `onBatch` hears of each batch. */
  async resealAll(
    batchSize: number,
    onBatch: (column: string, values: number) => void,
  ): Promise<ResealedColumn[]> {
    const done: ResealedColumn[] = [];
    for (const set of SEALED_COLUMNS) {
      const counts = new Map(set.columns.map((column) => [column, 0]));
      for (;;) {
        const changed = await this.resealBatch(set, batchSize);
        if (changed.rows === 0) break;
        for (const [column, values] of changed.values) {
          counts.set(column, (counts.get(column) ?? 0) + values);
          if (values > 0) onBatch(`${set.table}.${column}`, values);
        }
      }
      for (const [column, values] of counts)
        done.push({ column: `${set.table}.${column}`, values });
    }
    return done;
  }

  /** One transaction: up to `batchSize` rows with a value to move, locked, re-sealed, written. */
  private async resealBatch(
    set: SealedColumns,
    batchSize: number,
  ): Promise<{ rows: number; values: Map<string, number> }> {
    const prefix = sealedPrefixOf(this.sealingKeyId);
    const needs = set.columns
      .map((column) => `(${column} IS NOT NULL AND NOT starts_with(${column}, $1))`)
      .join(' OR ');
    return this.dataSource.transaction(async (manager) => {
      const rows: Record<string, string | null>[] = await manager.query(
        `SELECT ${set.idColumn} AS id, ${set.columns.join(', ')} FROM ${set.table}
          WHERE ${needs} ORDER BY ${set.idColumn} LIMIT $2 FOR UPDATE`,
        [prefix, batchSize],
      );
      const values = new Map(set.columns.map((column) => [column, 0]));
      for (const row of rows) {
        const id = String(row.id);
        const resealed = set.columns.map((column) => {
          const stored = row[column];
          if (stored === null || stored.startsWith(prefix)) return stored;
          values.set(column, (values.get(column) ?? 0) + 1);
          return this.reseal(stored, set, column, id);
        });
        await manager.query(
          `UPDATE ${set.table} SET ${set.columns.map((column, i) => `${column} = $${i + 2}`).join(', ')}
            WHERE ${set.idColumn} = $1`,
          [id, ...resealed],
        );
      }
      return { rows: rows.length, values };
    });
  }

  private reseal(stored: string, set: SealedColumns, column: string, id: string): string {
    const context = set.context(id);
    try {
      return this.box.seal(this.box.open(stored, context), context);
    } catch (error) {
      if (!(error instanceof UnreadableSecret)) throw error;
      // The reason names the key or the tampering, never the value.
      throw new CliRefusal(
        `${set.table}.${column} of ${set.idColumn} ${id}: ${error.message}; nothing more ` +
          're-sealed (the batches before this one are kept)',
      );
    }
  }
}
