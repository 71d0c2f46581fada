'use strict';

const { createClient } = require('../lib/http-json');
const { otherNode } = require('../lib/other-node');
const { signUpWithProject } = require('../lib/sign-up');
const { tenfoldWeb } = require('../lib/targets');

const other = otherNode();
const TASKS = 20;
// One token sends far more than the default 600 requests a minute; the limit is not measured.
const UNLIMITED = { RATE_LIMIT_PER_MINUTE: '100000000' };

/**
 * node-runtimes on the product's everyday read: an authenticated list of 20 tasks (session and
 * rate limit in Redis, a read routed by WAL position, JSON out), the same dist/ on both runtimes.
 */
module.exports = {
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
    const api = createClient(server.origin, { timeoutMs: 30_000 });
    const { token, workspaceId, projectId } = await signUpWithProject(api, 'runtimes', TASKS);
    log(`bench workspace ${workspaceId}, ${TASKS} tasks`);
    return {
      path: `/v1/workspaces/${workspaceId}/projects/${projectId}/tasks?limit=${TASKS}`,
      headers: { authorization: `Bearer ${token}` },
    };
  },
};
