import { randomBytes } from 'node:crypto';

import { Client } from 'pg';
import type TestAgent from 'supertest/lib/agent';

import {
  createProject,
  createTask,
  logIn as logInCall,
  signUp as signUpCall,
} from '../../clients/typescript/src';
import { apiOverAgent, type ApiClient } from './api-client';
import { expectStatus, sdkOf } from './sdk-client';

/**
 * The one sign-up client of the tests and the bench: users and workspaces are made through the
 * public API with the generated SDK (clients/typescript), as a client would.
 *
 * Each function takes an ApiClient or, to keep the many in-process tests short, a supertest agent
 * (`signUp(web.http, 'alice')`), which it wraps with apiOverAgent.
 */
export type Api = ApiClient | TestAgent;

export const PASSWORD = 'violet-otter-42-lamp';

export interface SignedInUser {
  id: string;
  email: string;
  token: string;
  workspaceId: string;
}

export interface SignUpOptions {
  /**
   * Mark the address verified, as following the verification mail would (default true). Tests
   * without a mail worker cannot follow the mail; those about verification itself, the user journey
   * and the bench pass false (logging in does not need it).
   */
  verified?: boolean;
  /** Where to mark it verified: the test file's database by default. */
  databaseUrl?: string;
  /** Default "<label>'s workspace". */
  workspaceName?: string;
}

export function uniqueEmail(label = 'user'): string {
  return `${label}-${randomBytes(5).toString('hex')}@example.test`;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/**
 * A fresh user with their first workspace, signed in: sign-up through the API (202, no session),
 * the address marked verified unless `verified: false`, then a login.
 */
export async function signUp(
  api: Api,
  label?: string,
  { verified = true, databaseUrl, workspaceName }: SignUpOptions = {},
): Promise<SignedInUser> {
  const email = uniqueEmail(label);
  await register(api, email, workspaceName ?? `${label ?? 'user'}'s workspace`);
  if (verified) await markEmailVerified(email, databaseUrl);
  return signedIn(api, email);
}

/**
 * Only the sign-up request. It signs nobody in and answers 202 whether or not the address is taken
 * (docs/adr/0016-email-ownership.md).
 */
export async function register(
  api: Api,
  email: string,
  workspaceName: string,
  password = PASSWORD,
): Promise<void> {
  const client = sdkOf(asApiClient(api));
  await expectStatus(202, signUpCall({ client, body: { email, password, workspaceName } }));
}

/** Logs in and answers the user with their session and first workspace. */
export async function signedIn(
  api: Api,
  email: string,
  password = PASSWORD,
): Promise<SignedInUser> {
  const client = sdkOf(asApiClient(api));
  const answer = await expectStatus(200, logInCall({ client, body: { email, password } }));
  const [workspaceId] = Object.keys(answer.memberships);
  return { id: answer.user.id, email, token: answer.session.token, workspaceId };
}

export async function logIn(api: Api, email: string, password = PASSWORD): Promise<string> {
  return (await signedIn(api, email, password)).token;
}

/** What following the verification mail does, straight in the database (the test file's own). */
export async function markEmailVerified(
  email: string,
  databaseUrl = process.env.DB_PRIMARY_URL,
): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query(
      `UPDATE identity.users SET email_verified_at = coalesce(email_verified_at, now()) WHERE email = $1`,
      [email.toLowerCase()],
    );
    if (rowCount !== 1) throw new Error(`no user ${email} to mark verified`);
  } finally {
    await client.end();
  }
}

/** signUp, then one project with `tasks` tasks in the user's workspace. */
export async function signUpWithProject(
  api: Api,
  label: string,
  tasks: number,
  options?: SignUpOptions,
): Promise<SignedInUser & { projectId: string; taskIds: string[] }> {
  const client = asApiClient(api);
  const user = await signUp(client, label, options);
  const sdk = sdkOf(client);
  const { workspaceId, token: auth } = user;
  const project = await expectStatus(
    201,
    createProject({ client: sdk, auth, path: { workspaceId }, body: { name: `${label} project` } }),
  );
  const taskIds: string[] = [];
  for (let index = 0; index < tasks; index += 1) {
    const task = await expectStatus(
      201,
      createTask({
        client: sdk,
        auth,
        path: { workspaceId, projectId: project.id },
        body: { title: `${label} task ${index}` },
      }),
    );
    taskIds.push(task.id);
  }
  return { ...user, projectId: project.id, taskIds };
}

function asApiClient(api: Api): ApiClient {
  // A supertest agent has HTTP verbs as methods; an ApiClient has none.
  return 'post' in api && typeof api.post === 'function' ? apiOverAgent(api) : (api as ApiClient);
}
