import { type Column, formatTable } from '../cli-table';
import type { KeyUsage } from './sealed-values';

const COLUMNS: readonly Column<KeyUsage>[] = [
  { heading: 'COLUMN', value: (usage) => usage.column },
  { heading: 'KEY', value: (usage) => usage.keyId ?? '(in clear)' },
  { heading: 'VALUES', value: (usage) => String(usage.values) },
];

export function keyUsageTable(usage: readonly KeyUsage[]): string {
  return formatTable(COLUMNS, usage, 'No sealed values stored.');
}
