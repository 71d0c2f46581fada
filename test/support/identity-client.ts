import { randomBytes } from 'node:crypto';

import { Client } from 'pg';
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

export interface SignUpOptions {
  /**
   * Mark the address verified, as following the verification mail would (default). Tests without
   * a mail worker cannot follow the mail; those about verification itself pass false.
   */
  verified?: boolean;
}

/**
 * A fresh user with their first workspace, signed in: sign-up through the real API (202, no
 * session), the address verified in this test's database, then a login.
 */
export async function signUp(
  http: TestAgent,
  label?: string,
  { verified = true }: SignUpOptions = {},
): Promise<SignedInUser> {
  const email = uniqueEmail(label);
  const response = await http
    .post('/v1/auth/sign-up')
    .send({ email, password: PASSWORD, workspaceName: `${label ?? 'user'}'s workspace` });
  if (response.status !== 202)
    throw new Error(`sign-up failed: ${response.status} ${response.text}`);
  if (verified) await markEmailVerified(email);
  return signedIn(http, email);
}

/** Logs in and answers the user with their session and first workspace. */
export async function signedIn(
  http: TestAgent,
  email: string,
  password = PASSWORD,
): Promise<SignedInUser> {
  const response = await http.post('/v1/auth/login').send({ email, password });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${response.text}`);
  const [workspaceId] = Object.keys(response.body.memberships);
  return { id: response.body.user.id, email, token: response.body.session.token, workspaceId };
}

export async function logIn(http: TestAgent, email: string, password = PASSWORD): Promise<string> {
  return (await signedIn(http, email, password)).token;
}

/** What following the verification mail does, straight in the database of this test file. */
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
