import { type ChildProcess, spawn } from 'node:child_process';
import { get } from 'node:http';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { freePort } from './free-port';
import { REPO_ROOT } from './repo-root';

const PRELOAD = join(REPO_ROOT, 'test/harness/die-with-parent.js');
const REPORT_LISTENING = join(REPO_ROOT, 'test/harness/report-listening.js');
const STDERR_TAIL_CHARS = 8_000;
const READY_POLL_MS = 100;
const READY_PROBE_TIMEOUT_MS = 2_000;

export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface NodeProcessOptions {
  /** 'web-1', 'bare fastify': used in messages. */
  name: string;
  /** Absolute path of the entry script. */
  script: string;
  /** Default: a free loopback port. */
  port?: number;
  /** The environment variable carrying the port; default HTTP_PORT. */
  portVariable?: string;
  /**
   * On top of this process's environment and the port variable: a test may set the port variable
   * itself (to something invalid, say).
   */
  env?: Record<string, string>;
  /** Default: the repository's root. */
  cwd?: string;
  /** Default: this process's own Node (ADR 0001); the bench compares other Node binaries. */
  node?: string;
  /** Before the script, e.g. ['--cpu-prof', '--cpu-prof-dir=…']. */
  nodeArgs?: string[];
  /** Default 'capture' (tests read the log lines); the bench ignores it, so that it costs nothing. */
  stdout?: 'capture' | 'ignore';
  /**
   * The script only starts the server in a process of its own (scripts/dev.mjs): readiness then
   * cannot wait for this process to report the port (report-listening.js) and takes any answer.
   */
  serverInAChildProcess?: boolean;
}

/** A process that exited, or never answered, before it was ready. The message ends with `stderr`. */
export class ProcessStartError extends Error {
  constructor(
    summary: string,
    readonly stderr: string,
  ) {
    super(stderr ? `${summary}:\n${stderr}` : summary);
    this.name = 'ProcessStartError';
  }
}

// Every process started and not yet exited: for stopAllProcesses() and the exit hook.
const live = new Set<NodeProcess>();

/**
 * Last resort, synchronous, when this process exits with servers still running. Registered only
 * while some run: jest loads this module once per test file in the same worker process, and a
 * listener per file would pile up.
 */
function killSurvivors(): void {
  for (const survivor of live) survivor.signal('SIGKILL');
}

function track(started: NodeProcess): void {
  if (live.size === 0) process.on('exit', killSurvivors);
  live.add(started);
}

function untrack(ended: NodeProcess): void {
  live.delete(ended);
  if (live.size === 0) process.off('exit', killSurvivors);
}

/**
 * One Node process serving HTTP on a loopback port: a tenfold web or worker process from the
 * build (tenfold-process.ts), or another server the bench compares. Started with the
 * die-with-parent preload and an IPC channel, so that it stops itself if this process dies without
 * stopping it. Keeps its stdout lines (JSON logs) and the tail of its stderr.
 */
export class NodeProcess {
  readonly name: string;
  readonly port: number;
  /** http://127.0.0.1:<port> */
  readonly origin: string;
  /** Raw stdout lines, when captured. */
  readonly stdoutLines: string[] = [];
  readonly exited: Promise<ProcessExit>;
  private stderrTail = '';
  private spawnFailed = false;
  /** Ports this process said (report-listening.js) it listens on. */
  private readonly listening = new Set<number>();

  private constructor(
    name: string,
    port: number,
    private readonly child: ChildProcess,
    private readonly serverInAChildProcess = false,
  ) {
    this.name = name;
    this.port = port;
    this.origin = `http://127.0.0.1:${port}`;
    this.collectStdout(child);
    child.on('message', (message: { tenfoldListening?: unknown }) => {
      if (typeof message?.tenfoldListening === 'number')
        this.listening.add(message.tenfoldListening);
    });
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => this.appendStderr(chunk));
    this.exited = new Promise((resolve) => {
      // 'close', not 'exit': by then stdout and stderr are read to the end, so a test that awaits
      // the exit sees the last log lines.
      child.once('close', (code, signal) => resolve({ code, signal }));
      // A binary that cannot be started emits 'error' and no 'exit'.
      child.once('error', (error) => {
        this.spawnFailed = true;
        this.appendStderr(`could not start ${this.name}: ${error.message}\n`);
        resolve({ code: null, signal: null });
      });
    });
    void this.exited.then(() => untrack(this));
  }

  /** Spawns the process; does not wait for it to be ready (waitUntilReady). */
  static async start(options: NodeProcessOptions): Promise<NodeProcess> {
    const port = options.port ?? (await freePort());
    const child = spawn(
      options.node ?? process.execPath,
      [...(options.nodeArgs ?? []), '-r', PRELOAD, '-r', REPORT_LISTENING, options.script],
      {
        cwd: options.cwd ?? REPO_ROOT,
        env: {
          ...process.env,
          [options.portVariable ?? 'HTTP_PORT']: String(port),
          ...options.env,
        },
        stdio: ['ignore', options.stdout === 'ignore' ? 'ignore' : 'pipe', 'pipe', 'ipc'],
      },
    );
    const started = new NodeProcess(options.name, port, child, options.serverInAChildProcess);
    track(started);
    return started;
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  get running(): boolean {
    return !this.spawnFailed && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The last ~8000 characters written to stderr. */
  get stderr(): string {
    return this.stderrTail;
  }

  /** The stdout lines that parse as JSON: the process's log records. */
  logLines(): Record<string, unknown>[] {
    return this.stdoutLines.flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
  }

  /**
   * Polls GET origin+path (default /health/ready) until it answers 200. Throws ProcessStartError
   * if the process exits first or `timeoutMs` passes; the process is left as it is either way.
   */
  async waitUntilReady({
    path = '/health/ready',
    timeoutMs = 60_000,
  }: { path?: string; timeoutMs?: number } = {}): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (!this.running) {
        throw new ProcessStartError(
          `${this.name} exited (${describeExit(await this.exited)}) before it was ready`,
          this.stderr,
        );
      }
      // Only once this process listens on the port: before, another may answer on it (freePort).
      const ours = this.serverInAChildProcess || this.listening.has(this.port);
      if (ours && (await statusOf(`${this.origin}${path}`)) === 200) return;
      if (Date.now() > deadline) {
        throw new ProcessStartError(
          `${this.name} was not ready (GET ${path} → 200) within ${timeoutMs} ms`,
          this.stderr,
        );
      }
      await sleep(READY_POLL_MS);
    }
  }

  signal(signal: NodeJS.Signals): void {
    if (this.running) this.child.kill(signal);
  }

  /** SIGTERM, then SIGKILL after graceMs; resolves once the process has exited. */
  async stop(graceMs = 15_000): Promise<ProcessExit> {
    if (!this.running) return this.exited;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    const exit = await this.exited;
    clearTimeout(timer);
    return exit;
  }

  private collectStdout(child: ChildProcess): void {
    if (!child.stdout) return;
    child.stdout.setEncoding('utf8');
    let pending = '';
    child.stdout.on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      this.stdoutLines.push(...lines.filter(Boolean));
    });
    child.stdout.on('end', () => {
      if (pending) this.stdoutLines.push(pending);
    });
  }

  private appendStderr(chunk: string): void {
    this.stderrTail = (this.stderrTail + chunk).slice(-STDERR_TAIL_CHARS);
  }
}

/** Stops every process still running (SIGTERM, SIGKILL after graceMs): the bench's Ctrl-C. */
export async function stopAllProcesses(graceMs?: number): Promise<void> {
  await Promise.all([...live].map((running) => running.stop(graceMs)));
}

function describeExit({ code, signal }: ProcessExit): string {
  if (signal) return signal;
  return code === null ? 'not started' : `code ${code}`;
}

/** The status of one GET on a fresh connection, or 0 when nothing answered. */
function statusOf(url: string): Promise<number> {
  return new Promise((resolve) => {
    const request = get(url, { agent: false, timeout: READY_PROBE_TIMEOUT_MS }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(0));
  });
}
