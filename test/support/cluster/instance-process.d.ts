export type InstanceKind = 'web' | 'worker';

export interface InstanceExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export class InstanceProcess {
  static start(options: {
    name: string;
    kind: InstanceKind;
    port: number;
    env: Record<string, string>;
    captureLogs?: boolean;
  }): InstanceProcess;
  readonly name: string;
  readonly kind: InstanceKind;
  /** http://127.0.0.1:<port>: the web API, or the worker's health and metrics. */
  readonly origin: string;
  readonly pid: number;
  readonly running: boolean;
  /** The tail of stderr. */
  readonly stderr: string;
  /** Parsed JSON log lines from stdout. */
  readonly logs: Record<string, unknown>[];
  readonly exited: Promise<InstanceExit>;
  waitUntilReady(timeoutMs?: number): Promise<void>;
  signal(signal: NodeJS.Signals): void;
  stop(graceMs?: number): Promise<InstanceExit>;
}

export const ROOT: string;
