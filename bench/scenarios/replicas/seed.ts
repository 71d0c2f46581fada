import type { Pool } from 'pg';

const OWNER_EMAIL = 'large@demo.tenfold.dev';
const SEEDED_NAMES = 'Large seed %';

/** A seeded workspace: its task facts, all and of the last 30 days. */
export interface SeededWorkspace {
  id: string;
  name: string;
  facts: number;
  last30: number;
}

export interface Seed {
  ownerEmail: string;
  writerEmail: string;
  workspaces: SeededWorkspace[];
}

/**
 * What `npm run seed:large` made, as the bench needs it: the owner (reports are read as them), the
 * `count` largest seeded workspaces by task facts, and a member of the largest one who completes
 * the bench's tasks. Throws with the fix when the database has not been seeded.
 */
export async function findSeed(pool: Pool, count: number): Promise<Seed> {
  const { rows: owners } = await pool.query<{ id: string }>(
    'SELECT id FROM identity.users WHERE email = $1',
    [OWNER_EMAIL],
  );
  const notSeeded =
    'this database has no large demo data: run `npm run seed:large` first (docs/BENCHMARKS.md)';
  if (owners.length === 0) throw new Error(notSeeded);
  const { rows: largest } = await pool.query<SeededWorkspace>(
    `SELECT w.id, w.name, count(*)::int AS facts,
            count(*) FILTER (WHERE f.completed_at > now() - interval '30 days')::int AS last30
       FROM identity.workspaces w
       JOIN analytics.task_facts f ON f.workspace_id = w.id
      WHERE w.created_by = $1 AND w.name LIKE $2
      GROUP BY w.id, w.name ORDER BY facts DESC LIMIT $3`,
    [owners[0].id, SEEDED_NAMES, count],
  );
  if (largest.length === 0) throw new Error(notSeeded);
  // A member (not the owner): their writes must not count as the report reader's own, or
  // read-your-writes routing would send the reports to the primary whenever a completion is newer
  // than what the replica has replayed.
  const { rows: writers } = await pool.query<{ email: string }>(
    `SELECT u.email FROM identity.memberships m JOIN identity.users u ON u.id = m.user_id
      WHERE m.workspace_id = $1 AND m.role IN ('member', 'admin') AND u.email LIKE 'large-member-%'
      ORDER BY u.email LIMIT 1`,
    [largest[0].id],
  );
  if (writers.length === 0) throw new Error(`no member to write with in ${largest[0].id}`);
  return { ownerEmail: OWNER_EMAIL, writerEmail: writers[0].email, workspaces: largest };
}
