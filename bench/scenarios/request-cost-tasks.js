'use strict';

const path = require('node:path');

const { createClient } = require('../lib/http-json');
const { signUpWithProject } = require('../lib/sign-up');
const { ROOT, tenfoldWeb } = require('../lib/targets');

const TASKS = 4;
// One token sends far more than the default 600 requests a minute; the limit is not measured.
const UNLIMITED = { RATE_LIMIT_PER_MINUTE: '100000000' };

/**
 * Issue 16's everyday read against its work floor: the same list of 4 tasks from tenfold and from
 * bench/servers/floor-tasks.js, bare Fastify + pg + ioredis doing the same Redis script, SQL and
 * JSON by hand. tenfold ÷ floor is what the framework, the pipeline and the log line cost on top
 * of the work itself (goal: ≥ 0.6× the floor's req/s, ≤ 1.7× its CPU/req, p99 < 200 ms at 50
 * connections: BENCH_CONNECTIONS=50).
 */
module.exports = {
  name: 'request-cost-tasks',
  summary: `GET …/projects/{id}/tasks (${TASKS} tasks, signed in): tenfold vs a hand-written floor`,
  readyPath: '/health/ready',
  targets: [
    // First: prepare signs up through it; the floor reads the same session, rows and Redis.
    tenfoldWeb({ id: 'tenfold', label: 'tenfold tasks', logLevel: 'info', env: UNLIMITED }),
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
    const { token, workspaceId, projectId } = await signUpWithProject(api, 'cost', TASKS);
    log(`bench workspace ${workspaceId}, ${TASKS} tasks`);
    return {
      path: `/v1/workspaces/${workspaceId}/projects/${projectId}/tasks?limit=${TASKS}`,
      headers: { authorization: `Bearer ${token}` },
    };
  },
};
