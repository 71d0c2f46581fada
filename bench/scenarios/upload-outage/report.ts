import { fixed, latencyComparisonLines, onMachine } from '../../lib/format';
import type { RequestFigures } from '../../lib/load';
import type { Machine } from '../../lib/machine';
import type { BreakerSettings } from '../../lib/processes';
import { summariseComparison, type ComparisonSummary } from '../../lib/ratios';
import { runsOf, type Round, type Variant } from '../../lib/rounds';
import type { Settings } from '../../lib/settings';
import { sumOf } from '../../lib/stats';

export interface StartRun extends RequestFigures {
  created: number;
  unavailable: number;
  s3ConnectionsDuringRun: number;
}

export interface UploadOutageSummary {
  starts: ComparisonSummary;
  failed: number;
  s3ConnectionsWhileHanging: number[];
  hangingRunSeconds: number[];
  createdWhileHanging: number;
  unavailableWhileHanging: number;
  s3BreakerSettings: BreakerSettings;
}

const METRICS = ['reqPerSec', 'p50Ms', 'p99Ms', 'maxMs'];

/** S3 hanging ÷ healthy (three estimates), and what reached the hanging S3. */
export function summariseUploadOutage({
  rounds,
  variants,
  s3BreakerSettings,
}: {
  rounds: Round<StartRun>[];
  variants: readonly Variant[];
  s3BreakerSettings: BreakerSettings;
}): UploadOutageSummary {
  const starts = summariseComparison(rounds, {
    variants,
    of: 'hanging',
    over: 'healthy',
    metrics: METRICS,
    judge: ['p99Ms'],
  });
  const hanging = runsOf(rounds, 'hanging');
  return {
    starts,
    failed: sumOf(
      rounds.flatMap((r) => r.runs),
      (run) => run.failed,
    ),
    s3ConnectionsWhileHanging: hanging.map((r) => r.s3ConnectionsDuringRun),
    hangingRunSeconds: hanging.map((r) => r.sent / r.reqPerSec),
    createdWhileHanging: sumOf(hanging, (r) => r.created),
    unavailableWhileHanging: sumOf(hanging, (r) => r.unavailable),
    s3BreakerSettings,
  };
}

/** The printed result of `npm run bench upload-outage`. */
export function formatUploadOutage(
  settings: Settings,
  machine: Machine,
  summary: UploadOutageSummary,
): string {
  const lines = [
    `scenario upload-outage (${settings.rounds} rounds × ${settings.seconds} s, ` +
      `${settings.eventsRate} requests/s open loop, warm-up ${settings.warmupSeconds} s per run) ` +
      onMachine(machine),
    '',
    ...latencyComparisonLines(
      'presigned-upload start latency (client side), S3 through its breaker',
      summary.starts,
      'S3 hanging ÷ healthy',
      36,
    ),
  ];
  const resetS = summary.s3BreakerSettings.s3.resetMs / 1000;
  const reached = summary.s3ConnectionsWhileHanging
    .map((n, i) => `${n} in ${fixed(summary.hangingRunSeconds[i], 1)} s`)
    .join(', ');
  lines.push(
    `connections that reached the hanging S3 during the measured runs: ${reached} ` +
      `(the fleet's probes: one every ${resetS} s at most)`,
    `starts while S3 hung: ${summary.unavailableWhileHanging} answered 503 + Retry-After, ` +
      `${summary.createdWhileHanging} answered 201`,
    `failed requests over the whole run: ${summary.failed}`,
  );
  return lines.join('\n');
}
