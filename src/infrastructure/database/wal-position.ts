/**
 * A Postgres WAL position (pg_lsn, printed as `16/B374D848`) as a number, so positions compare
 * with < and >=. Stored in Redis as 16 zero-padded hex digits, so that string order is number
 * order there too (Lua compares strings, and its numbers lose precision above 2^53).
 */
export type WalPosition = bigint;

export function parseWalPosition(text: string): WalPosition {
  const match = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(text.trim());
  if (!match) throw new Error(`not a WAL position: ${JSON.stringify(text)}`);
  return (BigInt(`0x${match[1]}`) << 32n) | BigInt(`0x${match[2]}`);
}

export function formatWalPosition(position: WalPosition): string {
  const high = (position >> 32n).toString(16).toUpperCase();
  const low = (position & 0xffffffffn).toString(16).toUpperCase();
  return `${high}/${low}`;
}

export function sortableWalPosition(position: WalPosition): string {
  return position.toString(16).padStart(16, '0');
}

export function fromSortableWalPosition(text: string): WalPosition {
  return BigInt(`0x${text}`);
}

export function laterWalPosition(
  a: WalPosition | null | undefined,
  b: WalPosition | null | undefined,
): WalPosition | null {
  if (a === null || a === undefined) return b ?? null;
  if (b === null || b === undefined) return a;
  return a > b ? a : b;
}
