import { execFileSync } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';

import { REPO_ROOT } from './harness/repo-root';
import { startTenfold } from './harness/tenfold-process';
import { waitFor } from './support/wait-for';

/** The Node the project installs for itself (package.json optionalDependencies, one per platform). */
const PROJECT_NODE_DIR = realpathSync(
  join(REPO_ROOT, 'node_modules', `node-${process.platform}-${process.arch}`),
);
const MAJOR = 24;

/** Every process of a test run is the project's own Node 24, not whatever `node` the machine has. */
describe('the runtime', () => {
  it(`runs the tests on the project's Node ${MAJOR}`, () => {
    expect(process.versions.node.split('.')[0]).toBe(String(MAJOR));
    expect(realpathSync(process.execPath).startsWith(`${PROJECT_NODE_DIR}/`)).toBe(true);
  });

  it('puts the same binary first on the PATH of npm scripts', () => {
    const version = execFileSync('node', ['-p', 'process.execPath + " " + process.version'], {
      encoding: 'utf8',
    }).trim();
    const [path, reported] = version.split(' ');
    expect(realpathSync(path)).toBe(realpathSync(process.execPath));
    expect(reported).toBe(process.version);
  });

  it("builds the container on the same Node as the project's own package", () => {
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
      optionalDependencies: Record<string, string>;
    };
    const pinned = Object.entries(manifest.optionalDependencies)
      .filter(([name]) => /^node-linux-/.test(name))
      .map(([, version]) => version);
    expect(new Set(pinned)).toEqual(new Set([process.versions.node]));
    const bases = [
      ...readFileSync(join(REPO_ROOT, 'Dockerfile'), 'utf8').matchAll(/^FROM (\S+)/gm),
    ].map((match) => match[1]);
    expect(bases.length).toBeGreaterThan(0);
    for (const base of bases) expect(base).toBe(`node:${process.versions.node}-slim`);
  });

  it.each(['web', 'worker'] as const)('starts %s from the build on it', async (kind) => {
    const child = await startTenfold(kind);
    try {
      const line = await waitFor(`${kind}'s start-up line`, async () =>
        child.stdoutLines.find((entry) => entry.includes('(Node v') || entry.includes('; Node v')),
      );
      expect(line).toContain(`Node ${process.version}`);
    } finally {
      child.signal('SIGTERM');
      await child.exited;
    }
  });
});
