import type { Machine } from './machine';
import type { Target } from './processes';
import type { Settings } from './settings';

/** What run.ts lends a scenario while it runs. */
export interface RunContext {
  /** A progress line (stderr). */
  log(line: string): void;
  /** A process the scenario started: checked to be gone at the end. */
  onServer(pid: number): void;
  /** Something to undo (rows it wrote, connections it holds), once the servers are down. */
  onCleanup(cleanup: () => Promise<void>): void;
}

/** A scenario's run: its part of the raw record (with `summary`), and its printed table. */
export interface Measured {
  record: { summary: unknown };
  table(machine: Machine): string;
}

/** One scenario of `npm run bench`. */
export interface Scenario {
  name: string;
  summary: string;
  /** Every process it starts (the preflight reads what they need: dist/ and the stack). */
  targets: readonly Target[];
  measure(settings: Settings, context: RunContext): Promise<Measured>;
}

/** A scenario with its own method: run() makes the record, format() prints its summary. */
export function defineScenario<O extends { summary: unknown }>(definition: {
  name: string;
  summary: string;
  targets: readonly Target[];
  run(settings: Settings, context: RunContext): Promise<O>;
  format(settings: Settings, machine: Machine, summary: O['summary']): string;
}): Scenario {
  const { name, summary, targets, run, format } = definition;
  return {
    name,
    summary,
    targets,
    async measure(settings, context) {
      const outcome = await run(settings, context);
      return { record: outcome, table: (machine) => format(settings, machine, outcome.summary) };
    },
  };
}
