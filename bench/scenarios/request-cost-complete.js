'use strict';

const path = require('node:path');

const { createClient } = require('../lib/http-json');
const { signUpWithProject } = require('../lib/sign-up');
const { ROOT, tenfoldWeb } = require('../lib/targets');

// One task per connection (BENCH_CONNECTIONS, 20 by default; more are made than used).
const TASKS = 64;
const UNLIMITED = { RATE_LIMIT_PER_MINUTE: '100000000' };

/**
 * Issue 16's write against its work floor: each connection completes, then reopens, a task of its
 * own, over and over, so that every request is a real transition (one transaction, one outbox
 * event, the write position recorded) and no two requests wait on one row lock. The floor,
 * bench/servers/floor-tasks.js, sends TypeORM's statements by hand (goal: tenfold ≤ 2× its CPU
 * per request). No worker runs: the events stay in the outbox, as in `events`' 0-consumer runs.
 */
module.exports = {
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
    {
      id: 'floor',
      label: 'floor (fastify+pg+ioredis)',
      script: path.join(ROOT, 'bench', 'servers', 'floor-tasks.js'),
      env: { HTTP_HOST: '127.0.0.1', ...UNLIMITED },
      needs: ['dist', 'stack'],
    },
  ],
  ratios: [{ label: 'tenfold ÷ floor', of: 'tenfold', over: 'floor' }],
  async prepare(server, { log }) {
    const api = createClient(server.origin, { timeoutMs: 30_000 });
    const { token, workspaceId, projectId, taskIds } = await signUpWithProject(api, 'write', TASKS);
    api.close();
    log(`bench workspace ${workspaceId}, ${TASKS} tasks`);
    const headers = { authorization: `Bearer ${token}` };
    const tasks = `/v1/workspaces/${workspaceId}/tasks`;
    return {
      // What the harness checks answers 200 before it measures.
      path: `/v1/workspaces/${workspaceId}/projects/${projectId}/tasks?limit=1`,
      headers,
      // A fresh sequence per run: each connection takes the next task and keeps it.
      requests: () => {
        let next = 0;
        const own = (context) => (context.taskId ??= taskIds[next++ % taskIds.length]);
        return ['complete', 'reopen'].map((action) => ({
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
};
