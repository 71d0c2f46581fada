import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { freePort } from '../../support/free-port';
import { StopWaiting, waitFor } from '../../support/wait-for';

const ROOT = join(__dirname, '..', '..', '..');

/**
 * The build a real worker process runs from: `dist/` (npm test builds it first), or
 * MEDIA_TEST_DIST, e.g. a build into a temporary directory
 * (`npx tsc -p tsconfig.build.json --outDir /tmp/media-dist`). Packages resolve from this
 * checkout's node_modules either way.
 */
export const MEDIA_DIST = process.env.MEDIA_TEST_DIST ?? join(ROOT, 'dist');

export function buildHasMedia(): boolean {
  return existsSync(join(MEDIA_DIST, 'src', 'modules', 'media', 'jobs', 'media.processor.js'));
}

/** A worker process serving only the media queue, as production runs it; stopped by signals. */
export class MediaWorkerProcess {
  stderr = '';
  private readonly exited: Promise<NodeJS.Signals | number | null>;

  private constructor(private readonly child: ChildProcess) {
    child.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    child.stdout?.resume();
    this.exited = new Promise((resolve) =>
      child.on('exit', (code, signal) => resolve(signal ?? code)),
    );
  }

  static async start(): Promise<MediaWorkerProcess> {
    const port = await freePort();
    const child = spawn(process.execPath, [join(MEDIA_DIST, 'src', 'worker.js')], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_PATH: join(ROOT, 'node_modules'),
        LOG_LEVEL: 'info',
        WORKER_HTTP_PORT: String(port),
        WORKER_QUEUES: 'media',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const worker = new MediaWorkerProcess(child);
    await waitFor(
      'the media worker to be ready',
      async () => {
        if (child.exitCode !== null)
          throw new StopWaiting(`worker exited with ${child.exitCode}: ${worker.stderr}`);
        return (await fetch(`http://127.0.0.1:${port}/health/ready`)).status === 200
          ? true
          : undefined;
      },
      30_000,
    );
    return worker;
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  kill(signal: NodeJS.Signals): Promise<NodeJS.Signals | number | null> {
    this.child.kill(signal);
    return this.exited;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    await this.kill('SIGKILL');
  }
}
