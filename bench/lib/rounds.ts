import { setTimeout as sleep } from 'node:timers/promises';

import type { Settings } from './settings';

/** Something measured in rounds: a variant of a comparison. */
export interface Variant {
  id: string;
  label: string;
}

/** A comparison measured in interleaved rounds; describe() is its progress line per run. */
export interface Comparison<V extends Variant, R> {
  title: string;
  variants: readonly V[];
  describe(run: Run<R>): string;
}

export type Run<R> = R & { variant: string };

export interface Round<R> {
  round: number;
  order: string[];
  runs: Run<R>[];
}

/** What rounds need of the scenario that runs them. */
export interface Bench {
  settings: Settings;
  log(line: string): void;
}

export interface RoundOptions {
  /** Before round 1, when BENCH_WARMUP_SECONDS > 0. */
  warm?: () => Promise<void>;
  pauseMs?: number;
  labelWidth?: number;
}

/**
 * Rounds of one comparison, the order reversed every other round (A B | B A …), so that no variant
 * always runs right after the other; before round 1, when BENCH_WARMUP_SECONDS > 0, warm(). Each
 * run is { variant, ...(await runOne(variant, round)) }, logged with describe(run).
 */
export async function interleave<V extends Variant, R extends object>(
  bench: Bench,
  comparison: Comparison<V, R>,
  runOne: (variant: V, round: number) => Promise<R>,
  { warm, pauseMs = 0, labelWidth = 36 }: RoundOptions = {},
): Promise<Round<R>[]> {
  const { rounds } = bench.settings;
  bench.log(`— ${comparison.title}`);
  if (warm && bench.settings.warmupSeconds > 0) await warm();
  const results: Round<R>[] = [];
  for (let round = 1; round <= rounds; round++) {
    const order = round % 2 ? comparison.variants : [...comparison.variants].reverse();
    const runs: Run<R>[] = [];
    for (const variant of order) {
      const run = { variant: variant.id, ...(await runOne(variant, round)) };
      runs.push(run);
      bench.log(
        `round ${round}/${rounds}  ${variant.label.padEnd(labelWidth)} ${comparison.describe(run)}`,
      );
      if (pauseMs > 0) await sleep(pauseMs);
    }
    results.push({ round, order: order.map((v) => v.id), runs });
  }
  return results;
}

/** The runs of one variant, a round each. */
export function runsOf<R>(rounds: readonly Round<R>[], id: string): Run<R>[] {
  return rounds.map((r) => {
    const run = r.runs.find((candidate) => candidate.variant === id);
    if (!run) throw new Error(`round ${r.round} has no run of ${id}`);
    return run;
  });
}
