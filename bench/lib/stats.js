'use strict';

/** Median of a list of numbers (mean of the two middle ones for an even count). */
function median(values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Nearest-rank percentile (p in 0..100) of an already sorted typed array or list. */
function percentileOfSorted(sorted, p) {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** A growable Float64Array: latencies of one run, cheap to append and to sort. */
class Samples {
  constructor(initialCapacity = 65_536) {
    this.values = new Float64Array(initialCapacity);
    this.length = 0;
  }

  push(value) {
    if (this.length === this.values.length) {
      const bigger = new Float64Array(this.values.length * 2);
      bigger.set(this.values);
      this.values = bigger;
    }
    this.values[this.length++] = value;
  }

  sorted() {
    return this.values.subarray(0, this.length).sort();
  }
}

/** Median of the finite numbers among values; null if there are none. */
function medianOf(values) {
  const numbers = values.filter(Number.isFinite);
  return numbers.length ? median(numbers) : null;
}

/** Several runs' latency lists as one sorted Float64Array (for a percentile over all of them). */
function pooledSorted(lists) {
  return Float64Array.from(lists.flat()).sort();
}

/** Counts per key ({ key: n }) added up over several such maps (missing maps count as empty). */
function sumCounts(maps) {
  const total = {};
  for (const map of maps) {
    for (const [key, n] of Object.entries(map ?? {})) total[key] = (total[key] ?? 0) + n;
  }
  return total;
}

module.exports = { median, medianOf, percentileOfSorted, pooledSorted, Samples, sumCounts };
