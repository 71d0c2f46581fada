// TEMPORARY: the shapes of test/harness (docs of the contract: harness-api), with the bench's old
// spawning and sign-up code behind them, until test/harness lands. Deleted on the merge.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'tenfold') {
      return dir;
    }
    if (dirname(dir) === dir) throw new Error(`no tenfold package.json above ${from}`);
  }
}

export const REPO_ROOT = findRoot(__dirname);

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface NodeProcessOptions {
  name: string;
  script: string;
  port?: number;
  portVariable?: string;
  env?: Record<string, string>;
  cwd?: string;
  node?: string;
  nodeArgs?: string[];
  stdout?: 'capture' | 'ignore';
}

export class ProcessStartError extends Error {
  constructor(
    message: string,
    readonly stderr: string,
  ) {
    super(message);
    this.name = 'ProcessStartError';
  }
}

const live = new Set<NodeProcess>();
const PRELOAD = join(REPO_ROOT, 'test', 'support', 'cluster', 'die-with-parent.js');

export class NodeProcess {
  private stderrTail = '';
  readonly stdoutLines: string[] = [];
  readonly exited: Promise<ProcessExit>;
  private exit: ProcessExit | null = null;

  private constructor(
    readonly name: string,
    readonly port: number,
    private readonly child: ChildProcess,
  ) {
    child.stdout?.setEncoding('utf8');
    let partial = '';
    child.stdout?.on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      this.stdoutLines.push(...lines);
    });
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      this.stderrTail = (this.stderrTail + chunk).slice(-8000);
    });
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.exit = { code, signal };
        live.delete(this);
        resolve(this.exit);
      });
      child.once('error', () => {
        this.exit = { code: null, signal: null };
        live.delete(this);
        resolve(this.exit);
      });
    });
    live.add(this);
  }

  static async start(options: NodeProcessOptions): Promise<NodeProcess> {
    const port = options.port ?? (await freePort());
    const child = spawn(
      options.node ?? process.execPath,
      ['-r', PRELOAD, ...(options.nodeArgs ?? []), options.script],
      {
        cwd: options.cwd ?? REPO_ROOT,
        env: {
          ...process.env,
          ...options.env,
          [options.portVariable ?? 'HTTP_PORT']: String(port),
        },
        stdio: ['ignore', options.stdout === 'ignore' ? 'ignore' : 'pipe', 'pipe', 'ipc'],
      },
    );
    return new NodeProcess(options.name, port, child);
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }
  get pid(): number {
    return this.child.pid ?? -1;
  }
  get running(): boolean {
    return this.exit === null;
  }
  get stderr(): string {
    return this.stderrTail;
  }

  async waitUntilReady(options: { path?: string; timeoutMs?: number } = {}): Promise<void> {
    const { path = '/health/ready', timeoutMs = 60_000 } = options;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.exit) {
        const how = this.exit.signal ?? `code ${this.exit.code}`;
        throw new ProcessStartError(`${this.name} exited (${how}) before answering`, this.stderr);
      }
      try {
        const answer = await fetch(this.origin + path, { signal: AbortSignal.timeout(1_000) });
        await answer.arrayBuffer();
        if (answer.status === 200) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) {
        await this.stop();
        throw new ProcessStartError(
          `${this.name} did not answer within ${timeoutMs} ms`,
          this.stderr,
        );
      }
      await sleep(100);
    }
  }

  signal(signal: NodeJS.Signals): void {
    if (this.running) this.child.kill(signal);
  }

  async stop(graceMs = 15_000): Promise<ProcessExit> {
    if (this.exit) return this.exit;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    const exit = await this.exited;
    clearTimeout(timer);
    return exit;
  }
}

export async function stopAllProcesses(graceMs?: number): Promise<void> {
  await Promise.all([...live].map((child) => child.stop(graceMs)));
}

process.on('exit', () => {
  for (const child of live) child.signal('SIGKILL');
});

export type TenfoldKind = 'web' | 'worker';
export interface TenfoldOptions extends Omit<
  NodeProcessOptions,
  'script' | 'portVariable' | 'name'
> {
  name?: string;
}

export function startTenfold(
  kind: TenfoldKind,
  options: TenfoldOptions = {},
): Promise<NodeProcess> {
  return NodeProcess.start({
    ...options,
    name: options.name ?? kind,
    script: join(REPO_ROOT, 'dist', 'src', kind === 'web' ? 'main.js' : 'worker.js'),
    portVariable: kind === 'web' ? 'HTTP_PORT' : 'WORKER_HTTP_PORT',
  });
}

export interface ApiAnswer<T = unknown> {
  status: number;
  headers: Record<string, string>;
  body: T;
  text: string;
}
export interface ApiRequest {
  body?: unknown;
  token?: string | null;
  headers?: Record<string, string>;
}
export interface ApiClient {
  request<T = unknown>(method: string, path: string, request?: ApiRequest): Promise<ApiAnswer<T>>;
  expect<T>(status: number, method: string, path: string, request?: ApiRequest): Promise<T>;
}

export interface SignedInUser {
  id: string;
  email: string;
  token: string;
  workspaceId: string;
}

interface LoginAnswer {
  session: { token: string };
  user: { id: string };
  memberships: Record<string, string>;
}

export async function signUp(
  api: ApiClient,
  label = 'user',
  _options: { verified?: boolean } = {},
): Promise<SignedInUser> {
  const stamp = `${Date.now().toString(36)}-${randomUUID().slice(0, 8)}`;
  const credentials = {
    email: `bench-${label}-${stamp}@example.com`,
    password: `bench-${label}-${randomUUID()}`,
  };
  await api.expect(202, 'POST', '/v1/auth/sign-up', {
    body: { ...credentials, workspaceName: `bench ${label} ${stamp}` },
  });
  const answer = await api.expect<LoginAnswer>(200, 'POST', '/v1/auth/login', {
    body: credentials,
  });
  return {
    id: answer.user?.id,
    email: credentials.email,
    token: answer.session.token,
    workspaceId: Object.keys(answer.memberships)[0],
  };
}

export async function signUpWithProject(
  api: ApiClient,
  label: string,
  tasks: number,
  options: { verified?: boolean } = {},
): Promise<SignedInUser & { projectId: string; taskIds: string[] }> {
  const user = await signUp(api, label, options);
  const projects = `/v1/workspaces/${user.workspaceId}/projects`;
  const project = await api.expect<{ id: string }>(201, 'POST', projects, {
    token: user.token,
    body: { name: `bench ${label}` },
  });
  const taskIds: string[] = [];
  for (let i = 0; i < tasks; i++) {
    const task = await api.expect<{ id: string }>(201, 'POST', `${projects}/${project.id}/tasks`, {
      token: user.token,
      body: { title: `bench ${label} task ${i}` },
    });
    taskIds.push(task.id);
  }
  return { ...user, projectId: project.id, taskIds };
}

type ClusterModule = typeof import('../../test/support/cluster/cluster');
type JourneyModule = typeof import('../../test/support/cluster/user-journey');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- temporary, until test/harness
export const { startCluster } = require(
  join(REPO_ROOT, 'test', 'support', 'cluster', 'cluster.js'),
) as ClusterModule;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- temporary, until test/harness
export const { runJourney } = require(
  join(REPO_ROOT, 'test', 'support', 'cluster', 'user-journey.js'),
) as JourneyModule;
export type { Cluster } from '../../test/support/cluster/cluster';
