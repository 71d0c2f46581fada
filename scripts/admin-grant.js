#!/usr/bin/env node
'use strict';

// Grants the platform-admin right (Swagger UI, the queue dashboard, /v1/admin/*) to one user, or
// takes it back. The right lives in the database (identity.users.is_platform_admin), never in
// config, and counts only while the user's email is verified (docs/adr/0006).
//
//   node scripts/admin-grant.js <email>            grant: the user must exist and have verified
//                                                  the address; effective from their next login
//   node scripts/admin-grant.js --revoke <email>   revoke, and end every session of the user now
//
// env: DB_PRIMARY_URL (default: the local stack's primary), and for --revoke REDIS_URL and
//      REDIS_KEY_PREFIX (defaults: the local stack's Redis, "tenfold"), as the app is configured.

const { Client } = require('pg');
const Redis = require('ioredis');

const DEFAULT_DB_URL = 'postgres://tenfold:tenfold@127.0.0.1:55432/tenfold';
const DEFAULT_REDIS_URL = 'redis://127.0.0.1:56379';

class Refused extends Error {}

function usage() {
  return [
    'usage: node scripts/admin-grant.js <email>',
    '       node scripts/admin-grant.js --revoke <email>',
  ].join('\n');
}

async function withDatabase(work) {
  const client = new Client({ connectionString: process.env.DB_PRIMARY_URL || DEFAULT_DB_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function grant(email) {
  return withDatabase(async (db) => {
    const { rows } = await db.query(
      `UPDATE identity.users SET is_platform_admin = true
        WHERE email = $1 AND email_verified_at IS NOT NULL
        RETURNING id`,
      [email],
    );
    if (rows.length === 1) {
      return `${email} is a platform admin from their next login.`;
    }
    const known = await db.query(`SELECT 1 FROM identity.users WHERE email = $1`, [email]);
    if (known.rows.length === 0)
      throw new Refused(`no user has the email ${email}: nothing granted`);
    throw new Refused(
      `${email} has not verified the address yet: nothing granted. An address nobody proved to ` +
        'own must not open the admin pages; ask the user to follow the verification mail first.',
    );
  });
}

async function revoke(email) {
  const userId = await withDatabase(async (db) => {
    const { rows } = await db.query(
      `UPDATE identity.users SET is_platform_admin = false WHERE email = $1 RETURNING id`,
      [email],
    );
    if (rows.length === 0) throw new Refused(`no user has the email ${email}: nothing revoked`);
    return rows[0].id;
  });
  const ended = await endSessions(userId);
  return `${email} is no platform admin any more; ${ended} session(s) ended.`;
}

/**
 * The flag rides in the user's sessions until they end: revoking ends them now. Same keys as
 * src/modules/identity/sessions/session-keys.ts, under the app's key prefix.
 */
async function endSessions(userId) {
  const prefix = `${process.env.REDIS_KEY_PREFIX || 'tenfold'}:`;
  const redis = new Redis(process.env.REDIS_URL || DEFAULT_REDIS_URL, {
    keyPrefix: prefix,
    maxRetriesPerRequest: 1,
    lazyConnect: true,
  });
  try {
    await redis.connect();
    const sessionIds = await redis.smembers(`user-sessions:${userId}`);
    const keys = [...sessionIds.map((id) => `session:${id}`), `user-sessions:${userId}`];
    await redis.del(...keys);
    return sessionIds.length;
  } finally {
    redis.disconnect();
  }
}

async function main(args) {
  const revoking = args[0] === '--revoke';
  const rest = revoking ? args.slice(1) : args;
  if (rest.length !== 1 || !/^[^\s@]+@[^\s@]+$/.test(rest[0])) {
    console.error(usage());
    return 2;
  }
  // Stored lower-cased and trimmed, as sign-up stores it.
  const email = rest[0].trim().toLowerCase();
  try {
    console.log(revoking ? await revoke(email) : await grant(email));
    return 0;
  } catch (error) {
    if (error instanceof Refused) {
      console.error(`Refused: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(`admin-grant failed: ${error.message}`);
    process.exit(3);
  });
