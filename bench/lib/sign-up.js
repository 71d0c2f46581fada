'use strict';

const { randomUUID } = require('node:crypto');

/** A fresh user and workspace through the API, for one bench run: { token, workspaceId, stamp }. */
async function signUpBenchUser(api, label) {
  const stamp = `${Date.now().toString(36)}-${randomUUID().slice(0, 8)}`;
  const answer = await api.expect(201, 'POST', '/v1/auth/sign-up', {
    body: {
      email: `bench-${label}-${stamp}@example.com`,
      password: `bench-${label}-${randomUUID()}`,
      workspaceName: `bench ${label} ${stamp}`,
    },
  });
  return { token: answer.session.token, workspaceId: Object.keys(answer.memberships)[0], stamp };
}

module.exports = { signUpBenchUser };
