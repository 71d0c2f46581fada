import type { SignedInUser } from '../../harness/accounts';
import { bearer } from '../../harness/accounts';
import type { WebAppUnderTest } from '../../support/web-app-under-test';

export const workspacePath = (workspaceId: string) => `/v1/workspaces/${workspaceId}`;

/** Creates through the API and returns the created body, failing loudly otherwise. */
export async function createProject(
  web: WebAppUnderTest,
  user: SignedInUser,
  body: object = { name: 'Launch' },
): Promise<{ id: string; name: string }> {
  const response = await web.http
    .post(`${workspacePath(user.workspaceId)}/projects`)
    .set(bearer(user.token))
    .send(body);
  if (response.status !== 201) throw new Error(`project: ${response.status} ${response.text}`);
  return response.body;
}

export async function createTask(
  web: WebAppUnderTest,
  user: SignedInUser,
  projectId: string,
  body: object = { title: 'Write it' },
): Promise<{ id: string; title: string; projectId: string }> {
  const response = await web.http
    .post(`${workspacePath(user.workspaceId)}/projects/${projectId}/tasks`)
    .set(bearer(user.token))
    .send(body);
  if (response.status !== 201) throw new Error(`task: ${response.status} ${response.text}`);
  return response.body;
}

export async function createLabel(
  web: WebAppUnderTest,
  user: SignedInUser,
  body: { name: string; color: string } = { name: 'Bug', color: '#d73a4a' },
): Promise<{ id: string; name: string; color: string }> {
  const response = await web.http
    .post(`${workspacePath(user.workspaceId)}/labels`)
    .set(bearer(user.token))
    .send(body);
  if (response.status !== 201) throw new Error(`label: ${response.status} ${response.text}`);
  return response.body;
}
