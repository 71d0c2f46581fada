import type autocannon from 'autocannon';

import { comparedScenario } from '../../lib/compare';
import { floorTasks, tenfoldWeb } from '../../lib/processes';
import { signedUpProject, taskListRoute } from '../../lib/setup';

// One task per connection (BENCH_CONNECTIONS, 20 by default; more are made than used).
const TASKS = 64;
const UNLIMITED = { RATE_LIMIT_PER_MINUTE: '100000000' };

/**
 * Issue 16's write against its work floor: each connection completes, then reopens, a task of its
 * own, over and over, so that every request is a real transition (one transaction, one outbox
 * event, the write position recorded) and no two requests wait on one row lock. The floor,
 * bench/servers/floor-tasks.ts, sends TypeORM's statements by hand (goal: tenfold ≤ 2× its CPU
 * per request). No worker runs: the events stay in the outbox, as in `events`' 0-consumer runs.
 */
export const requestCostComplete = comparedScenario({
  name: 'request-cost-complete',
  summary:
    'POST …/tasks/{id}/complete and /reopen in turn, signed in: tenfold vs a hand-written floor',
  readyPath: '/health/ready',
  targets: [
    tenfoldWeb({
      id: 'tenfold',
      label: 'tenfold complete/reopen',
      logLevel: 'info',
      env: UNLIMITED,
    }),
    floorTasks(UNLIMITED),
  ],
  ratios: [{ label: 'tenfold ÷ floor', of: 'tenfold', over: 'floor' }],
  async prepare(server, { log }) {
    const user = await signedUpProject(server.origin, 'write', TASKS, log);
    // What the harness checks answers 200 before it measures.
    const { path, headers } = taskListRoute(user, 1);
    const tasks = `/v1/workspaces/${user.workspaceId}/tasks`;
    return {
      path,
      headers,
      // A fresh sequence per run: each connection takes the next task and keeps it.
      requests: () => {
        let next = 0;
        const own = (context: { taskId?: string }) =>
          (context.taskId ??= user.taskIds[next++ % user.taskIds.length]);
        return ['complete', 'reopen'].map((action): autocannon.Request => ({
          method: 'POST',
          headers,
          setupRequest: (request, context) => ({
            ...request,
            path: `${tasks}/${own(context)}/${action}`,
          }),
        }));
      },
    };
  },
});
