/** { median, min, max } of several figures. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

/** Median of a list of numbers (mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Median of the finite numbers among values; null if there are none. */
export function medianOf(values: readonly (number | null | undefined)[]): number | null {
  const numbers = finite(values);
  return numbers.length ? median(numbers) : null;
}

/** { median, min, max } of the finite numbers among values; null if none. */
export function spread(values: readonly (number | null | undefined)[]): Spread | null {
  const numbers = finite(values);
  if (numbers.length === 0) return null;
  return { median: median(numbers), min: Math.min(...numbers), max: Math.max(...numbers) };
}

/** a ÷ b, or null unless both are finite and b is not 0. */
export function divide(a: number | null | undefined, b: number | null | undefined): number | null {
  return isFiniteNumber(a) && isFiniteNumber(b) && b !== 0 ? a / b : null;
}

export function isFiniteNumber(value: unknown): value is number {
  return Number.isFinite(value);
}

export function finite(values: readonly (number | null | undefined)[]): number[] {
  return values.filter(isFiniteNumber);
}

/** Nearest-rank percentile (p in 0..100) of an already sorted typed array or list. */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** The figures as one sorted Float64Array (typed arrays sort numerically). */
export function sortedSamples(values: readonly number[]): Float64Array {
  return Float64Array.from(values).sort();
}

/** Several runs' latency lists as one sorted Float64Array (for a percentile over all of them). */
export function pooledSorted(lists: readonly (readonly number[])[]): Float64Array {
  return sortedSamples(lists.flat());
}

/** The largest of sorted figures, NaN when there are none. */
export function lastOf(sorted: ArrayLike<number>): number {
  return sorted.length ? sorted[sorted.length - 1] : NaN;
}

/** Milliseconds kept to the microsecond, for the raw record. */
export function roundedMs(sorted: ArrayLike<number>): number[] {
  return Array.from(sorted, (ms) => Math.round(ms * 1000) / 1000);
}

/** A growable Float64Array: latencies of one run, cheap to append and to sort. */
export class Samples {
  private values: Float64Array;
  private length = 0;

  constructor(initialCapacity = 65_536) {
    this.values = new Float64Array(initialCapacity);
  }

  push(value: number): void {
    if (this.length === this.values.length) {
      const bigger = new Float64Array(this.values.length * 2);
      bigger.set(this.values);
      this.values = bigger;
    }
    this.values[this.length++] = value;
  }

  sorted(): Float64Array {
    return this.values.subarray(0, this.length).sort();
  }
}

export type Counts = Record<string, number>;

/** Counts per key added up over several such maps (missing maps count as empty). */
export function sumCounts(maps: readonly (Counts | null | undefined)[]): Counts {
  const total: Counts = {};
  for (const map of maps) {
    for (const [key, n] of Object.entries(map ?? {})) total[key] = (total[key] ?? 0) + n;
  }
  return total;
}

/** How many items fall under each key (a missing key counts as 'none'). */
export function countBy<T>(
  items: readonly T[],
  key: (item: T) => string | null | undefined,
): Counts {
  const counts: Counts = {};
  for (const item of items) {
    const k = key(item) ?? 'none';
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
}

/** Sum of a figure over items (missing figures count as 0). */
export function sumOf<T>(
  items: readonly T[],
  pick: (item: T) => number | null | undefined,
): number {
  return items.reduce((total, item) => total + (pick(item) ?? 0), 0);
}
