'use strict';

const { randomUUID } = require('node:crypto');

/** A fresh user and workspace through the API, for one bench run: { token, workspaceId, stamp }. */
async function signUpBenchUser(api, label) {
  const stamp = `${Date.now().toString(36)}-${randomUUID().slice(0, 8)}`;
  const credentials = {
    email: `bench-${label}-${stamp}@example.com`,
    password: `bench-${label}-${randomUUID()}`,
  };
  // Sign-up answers 202 and signs nobody in (docs/adr/0016-email-ownership.md): log in after it.
  await api.expect(202, 'POST', '/v1/auth/sign-up', {
    body: { ...credentials, workspaceName: `bench ${label} ${stamp}` },
  });
  const answer = await api.expect(200, 'POST', '/v1/auth/login', { body: credentials });
  return { token: answer.session.token, workspaceId: Object.keys(answer.memberships)[0], stamp };
}

/**
 * A fresh user and workspace with one project of `tasks` tasks, through the API:
 * { token, workspaceId, stamp, projectId, taskIds }.
 */
async function signUpWithProject(api, label, tasks) {
  const user = await signUpBenchUser(api, label);
  const projects = `/v1/workspaces/${user.workspaceId}/projects`;
  const project = await api.expect(201, 'POST', projects, {
    token: user.token,
    body: { name: `bench ${label} ${user.stamp}` },
  });
  const taskIds = [];
  for (let i = 0; i < tasks; i++) {
    const task = await api.expect(201, 'POST', `${projects}/${project.id}/tasks`, {
      token: user.token,
      body: { title: `bench ${label} task ${i}` },
    });
    taskIds.push(task.id);
  }
  return { ...user, projectId: project.id, taskIds };
}

module.exports = { signUpBenchUser, signUpWithProject };
