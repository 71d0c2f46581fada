import { existsSync } from 'node:fs';
import { join } from 'node:path';

import type { NodeProcess } from '../../harness/node-process';
import { REPO_ROOT } from '../../harness/repo-root';
import { startTenfold } from '../../harness/tenfold-process';

/**
 * The build a real worker process runs from: `dist/` (npm test builds it first), or
 * MEDIA_TEST_DIST, e.g. a build into a temporary directory
 * (`npx tsc -p tsconfig.build.json --outDir /tmp/media-dist`). Packages resolve from this
 * checkout's node_modules either way.
 */
export const MEDIA_DIST = process.env.MEDIA_TEST_DIST ?? join(REPO_ROOT, 'dist');

export function buildHasMedia(): boolean {
  return existsSync(join(MEDIA_DIST, 'src', 'modules', 'media', 'jobs', 'media.processor.js'));
}

/** A worker process serving only the media queue, as production runs it, once it is ready. */
export async function startMediaWorker(): Promise<NodeProcess> {
  const worker = await startTenfold('worker', {
    dist: MEDIA_DIST,
    env: { NODE_PATH: join(REPO_ROOT, 'node_modules'), WORKER_QUEUES: 'media' },
    stdout: 'ignore',
  });
  await worker.waitUntilReady({ timeoutMs: 30_000 });
  return worker;
}
