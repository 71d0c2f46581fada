import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

import { StopWaiting, waitFor } from './wait-for';

const ENTRY = { web: 'dist/src/main.js', worker: 'dist/src/worker.js' } as const;
const ROOT = join(__dirname, '..', '..');

/**
 * A web or worker process started from the build (npm test builds first), as production runs it.
 * Collects its stdout lines (JSON logs) and stderr for assertions.
 */
export class TenfoldProcess {
  readonly stdout: string[] = [];
  stderr = '';
  private readonly exited: Promise<number | null>;

  private constructor(private readonly child: ChildProcess) {
    let pending = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      this.stdout.push(...lines.filter(Boolean));
    });
    child.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  }

  static start(kind: keyof typeof ENTRY, env: Record<string, string>): TenfoldProcess {
    const child = spawn(process.execPath, [join(ROOT, ENTRY[kind])], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new TenfoldProcess(child);
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  async waitUntilReady(baseUrl: string, timeoutMs = 30_000): Promise<void> {
    await waitFor(
      `${baseUrl}/health/ready to answer 200`,
      async () => {
        if (this.child.exitCode !== null) {
          throw new StopWaiting(`process exited with ${this.child.exitCode}: ${this.stderr}`);
        }
        return (await fetch(`${baseUrl}/health/ready`)).status === 200 ? true : undefined;
      },
      timeoutMs,
    );
  }

  signal(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  exitCode(): Promise<number | null> {
    return this.exited;
  }

  /** Ends the process however it behaves, for afterAll/afterEach. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
    await this.exited;
    clearTimeout(timer);
  }

  logLines(): Record<string, unknown>[] {
    return this.stdout.flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
  }
}
