import { randomBytes } from 'node:crypto';

import type TestAgent from 'supertest/lib/agent';

export const PASSWORD = 'violet-otter-42-lamp';

export interface SignedInUser {
  id: string;
  email: string;
  token: string;
  workspaceId: string;
}

export function uniqueEmail(label = 'user'): string {
  return `${label}-${randomBytes(5).toString('hex')}@example.test`;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** Signs up a fresh user (with their first workspace) through the real API. */
export async function signUp(http: TestAgent, label?: string): Promise<SignedInUser> {
  const email = uniqueEmail(label);
  const response = await http
    .post('/v1/auth/sign-up')
    .send({ email, password: PASSWORD, workspaceName: `${label ?? 'user'}'s workspace` });
  if (response.status !== 201)
    throw new Error(`sign-up failed: ${response.status} ${response.text}`);
  const [workspaceId] = Object.keys(response.body.memberships);
  return { id: response.body.user.id, email, token: response.body.session.token, workspaceId };
}

export async function logIn(http: TestAgent, email: string, password = PASSWORD): Promise<string> {
  const response = await http.post('/v1/auth/login').send({ email, password });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${response.text}`);
  return response.body.session.token;
}
