import { onMachine } from '../../lib/format';
import type { Machine } from '../../lib/machine';
import { runsOf, type Comparison, type Round, type Variant } from '../../lib/rounds';
import type { Settings } from '../../lib/settings';
import { median } from '../../lib/stats';

/** One run: the events delivered a second, over how long, with how many failed attempts. */
export interface RelayRun {
  eventsPerSec: number;
  seconds: number;
  failed: number;
}

/** The printed result of `npm run bench relay-throughput`: medians, and 2 ÷ 1 two ways. */
export function formatRelay(
  comparison: Comparison<Variant, RelayRun>,
  events: number,
  settings: Settings,
  machine: Machine,
  rounds: readonly Round<RelayRun>[],
): string {
  const of = (id: string) => runsOf(rounds, id).map((run) => run.eventsPerSec);
  const rate = (id: string) => median(of(id));
  const paired = rounds.map((r) => {
    const [one, two] = ['one', 'two'].map((id) => runsOf([r], id)[0]);
    return two.eventsPerSec / one.eventsPerSec;
  });
  const lines = [
    `scenario relay-throughput (${settings.rounds} rounds, ${events} events a run) ${onMachine(machine)}`,
    ...comparison.variants.map(
      (v) =>
        `${v.label.padEnd(24)} ${rate(v.id).toFixed(0).padStart(6)} events/s (median; ` +
        `${Math.min(...of(v.id)).toFixed(0)}–${Math.max(...of(v.id)).toFixed(0)})`,
    ),
    `ratio 2 relays ÷ 1: ${(rate('two') / rate('one')).toFixed(2)} (of medians), ` +
      `${median(paired).toFixed(2)} paired by round ` +
      `(${Math.min(...paired).toFixed(2)}–${Math.max(...paired).toFixed(2)})`,
  ];
  const failed = rounds.flatMap((r) => r.runs).reduce((n, run) => n + run.failed, 0);
  if (failed > 0) lines.push(`WARNING: ${failed} failed delivery attempts: the rates are suspect`);
  return lines.join('\n');
}
