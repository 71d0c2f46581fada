import { timedClient, type TimedClient } from './http';
import { runOpenLoop, type OpenLoopResult } from './load';
import { signUpWithProject, type SignedInUser } from '../../test/harness/accounts';

const CREATE_CONCURRENCY = 4; // setup only (not timed): fast, without flooding the web process

/** Where the bench's tasks live and who acts on them. */
export interface TaskPlace {
  api: TimedClient;
  token: string;
  workspaceId: string;
}

/** A fresh project of the workspace; resolves its id. */
export async function createProject(place: TaskPlace, name: string): Promise<string> {
  const { id } = await place.api.expect<{ id: string }>(
    201,
    'POST',
    `/v1/workspaces/${place.workspaceId}/projects`,
    { token: place.token, body: { name } },
  );
  return id;
}

/** `count` open tasks in the project, a few created at a time (not timed); resolves their ids. */
export async function createTasks(
  place: TaskPlace,
  projectId: string,
  count: number,
  title: (i: number) => string,
): Promise<string[]> {
  const ids = new Array<string>(count);
  const path = `/v1/workspaces/${place.workspaceId}/projects/${projectId}/tasks`;
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < count; i = next++) {
      const body = { title: title(i) };
      ids[i] = (
        await place.api.expect<{ id: string }>(201, 'POST', path, { token: place.token, body })
      ).id;
    }
  };
  await Promise.all(Array.from({ length: CREATE_CONCURRENCY }, lane));
  return ids;
}

/** Completes the tasks at a steady rate per second, open loop. */
export function completeAtRate(
  place: TaskPlace,
  taskIds: readonly string[],
  rate: number,
): Promise<OpenLoopResult> {
  return runOpenLoop({
    rate,
    count: taskIds.length,
    send: async (i) => {
      const path = `/v1/workspaces/${place.workspaceId}/tasks/${taskIds[i]}/complete`;
      const answer = await place.api.request('POST', path, { token: place.token });
      return { ok: answer.status === 200, status: answer.status, ms: answer.ms };
    },
  });
}

/**
 * A fresh user and workspace with one project of `tasks` tasks, made through the server's API
 * (signed up unverified: logging in does not need the address verified).
 */
export async function signedUpProject(
  origin: string,
  label: string,
  tasks: number,
  log: (line: string) => void,
): Promise<SignedInUser & { projectId: string; taskIds: string[] }> {
  const api = timedClient(origin, { timeoutMs: 30_000 });
  try {
    const user = await signUpWithProject(api, label, tasks, { verified: false });
    log(`bench workspace ${user.workspaceId}, ${tasks} tasks`);
    return user;
  } finally {
    api.close();
  }
}

/** The everyday read: the first `limit` tasks of the user's project, signed in. */
export function taskListRoute(
  user: SignedInUser & { projectId: string },
  limit: number,
): { path: string; headers: Record<string, string> } {
  return {
    path: `/v1/workspaces/${user.workspaceId}/projects/${user.projectId}/tasks?limit=${limit}`,
    headers: { authorization: `Bearer ${user.token}` },
  };
}
