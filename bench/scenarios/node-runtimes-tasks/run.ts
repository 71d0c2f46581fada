import { comparedScenario } from '../../lib/compare';
import { otherNode } from '../../lib/machine';
import { tenfoldWeb } from '../../lib/processes';
import { signedUpProject, taskListRoute } from '../../lib/setup';

const other = otherNode();
const TASKS = 20;
// One token sends far more than the default 600 requests a minute; the limit is not measured.
const UNLIMITED = { RATE_LIMIT_PER_MINUTE: '100000000' };

/**
 * node-runtimes on the product's everyday read: an authenticated list of 20 tasks (session and
 * rate limit in Redis, a read routed by WAL position, JSON out), the same dist/ on both runtimes.
 */
export const nodeRuntimesTasks = comparedScenario({
  name: 'node-runtimes-tasks',
  summary: `GET …/projects/{id}/tasks (${TASKS} tasks, signed in): tenfold on ${process.version} vs on ${other.version}`,
  readyPath: '/health/ready',
  targets: [
    tenfoldWeb({
      id: 'other',
      label: `tasks on ${other.version}`,
      logLevel: 'info',
      env: UNLIMITED,
      node: other.binary,
    }),
    tenfoldWeb({
      id: 'own',
      label: `tasks on ${process.version}`,
      logLevel: 'info',
      env: UNLIMITED,
    }),
  ],
  ratios: [{ label: `${process.version} ÷ ${other.version}`, of: 'own', over: 'other' }],
  async prepare(server, { log }) {
    return taskListRoute(await signedUpProject(server.origin, 'runtimes', TASKS, log), TASKS);
  },
});
