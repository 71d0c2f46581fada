import type { INestApplication } from '@nestjs/common';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';

import { logIn, signUp, type SignedInUser } from '../harness/accounts';

/**
 * A signed-up user made platform admin as `npm run cli -- admins:grant` does (the flag in the database);
 * the flag rides in sessions from the next login, so `token` is a fresh login's.
 */
export async function signUpPlatformAdmin(
  app: INestApplication,
  http: TestAgent,
  label: string,
): Promise<SignedInUser> {
  const user = await signUp(http, label);
  await app
    .get(DataSource)
    .query(`UPDATE identity.users SET is_platform_admin = true WHERE email = $1`, [user.email]);
  return { ...user, token: await logIn(http, user.email) };
}
