import { join } from 'node:path';

import { REPO_ROOT } from '../../test/harness/repo-root';

/**
 * A module of tenfold's build (dist/src/<path>.js), loaded at run time: the bench measures what
 * `npm run build` made, and its own compiled files live elsewhere (dist-bench/). The caller names
 * its type with `typeof import('…/src/<path>')`, a type-only import.
 */
export function fromBuild<T>(path: string): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a path known at run time only
  return require(join(REPO_ROOT, 'dist', 'src', path)) as T;
}
