import { type Column, formatTable } from '../cli-table';
import type { DeadOutboxRow } from './dead-outbox-rows';

const COLUMNS: readonly Column<DeadOutboxRow>[] = [
  { heading: 'EVENT ID', value: (row) => row.id },
  { heading: 'TYPE', value: (row) => row.type },
  { heading: 'ATTEMPTS', value: (row) => String(row.attempts) },
  { heading: 'DEAD SINCE', value: (row) => row.deadAt },
  { heading: 'LAST ERROR', value: (row) => row.lastError ?? '', maxWidth: 100 },
];

export function deadOutboxTable(rows: readonly DeadOutboxRow[]): string {
  return formatTable(COLUMNS, rows, 'No dead outbox rows.');
}
