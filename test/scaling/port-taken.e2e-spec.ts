import { createServer, type Server } from 'node:http';

import { freePort } from '../harness/free-port';
import { NodeProcess } from '../harness/node-process';
import { REPO_ROOT } from '../harness/repo-root';

/**
 * The harness picks a port that was free a moment ago; another process may take it first (a
 * parallel test's server). Then the started process fails with EADDRINUSE, and the answer on the
 * port is somebody else's: readiness must not take it for this process's.
 */
describe('a process whose port another server took', () => {
  let squatter: Server;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    squatter = createServer((_, response) => response.end('{"status":"ok"}'));
    await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => squatter.close(() => resolve())));

  it('is not ready because the other server answers 200: it exited, and says so', async () => {
    const script = `${REPO_ROOT}/test/fixtures/harness/listen-on-port.js`;
    const started = await NodeProcess.start({ name: 'late', script, port });
    await expect(started.waitUntilReady({ timeoutMs: 20_000 })).rejects.toThrow(
      /late exited .* before it was ready/,
    );
    expect(started.stderr).toContain('EADDRINUSE');
  }, 30_000);
});
