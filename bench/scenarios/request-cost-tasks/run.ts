import { comparedScenario } from '../../lib/compare';
import { floorTasks, tenfoldWeb } from '../../lib/processes';
import { signedUpProject, taskListRoute } from '../../lib/setup';

const TASKS = 4;
// One token sends far more than the default 600 requests a minute; the limit is not measured.
const UNLIMITED = { RATE_LIMIT_PER_MINUTE: '100000000' };

/**
 * Issue 16's everyday read against its work floor: the same list of 4 tasks from tenfold and from
 * bench/servers/floor-tasks.ts, bare Fastify + pg + ioredis doing the same Redis script, SQL and
 * JSON by hand. tenfold ÷ floor is what the framework, the pipeline and the log line cost on top
 * of the work itself (goal: ≥ 0.6× the floor's req/s, ≤ 1.7× its CPU/req, p99 < 200 ms at 50
 * connections: BENCH_CONNECTIONS=50).
 */
export const requestCostTasks = comparedScenario({
  name: 'request-cost-tasks',
  summary: `GET …/projects/{id}/tasks (${TASKS} tasks, signed in): tenfold vs a hand-written floor`,
  readyPath: '/health/ready',
  targets: [
    // First: prepare signs up through it; the floor reads the same session, rows and Redis.
    tenfoldWeb({ id: 'tenfold', label: 'tenfold tasks', logLevel: 'info', env: UNLIMITED }),
    floorTasks(UNLIMITED),
  ],
  ratios: [{ label: 'tenfold ÷ floor', of: 'tenfold', over: 'floor' }],
  async prepare(server, { log }) {
    return taskListRoute(await signedUpProject(server.origin, 'cost', TASKS, log), TASKS);
  },
});
