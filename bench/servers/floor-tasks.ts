// The work floor of GET /v1/workspaces/:workspaceId/projects/:projectId/tasks and of completing
// and reopening a task: bare Fastify, pg and ioredis doing by hand exactly what tenfold does for
// them, and nothing else. For the list: the same Redis script (one round trip: the session, its
// idle timeout, the write position, the rate-limit hit), the same membership check, the same SQL
// statement (task-page.read.ts's, byte for byte) on a replica, the same JSON and rate-limit
// headers. No request log, metrics, validation pipe or framework: what is left between this and
// tenfold is what tenfold's pipeline costs. Config from the same environment, parsed by tenfold's
// own loader (dist/). Port from HTTP_PORT (set by the harness).
import { createHash, randomUUID } from 'node:crypto';

import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import Redis from 'ioredis';
import { Pool } from 'pg';

import { fromBuild } from '../lib/build';

const { loadConfig } = fromBuild<typeof import('../../src/infrastructure/config/load-config')>(
  'infrastructure/config/load-config',
);
const { AUTHENTICATE_SESSION_SCRIPT } = fromBuild<
  typeof import('../../src/modules/identity/sessions/session-scripts')
>('modules/identity/sessions/session-scripts');
const { parseWalPosition, sortableWalPosition } = fromBuild<
  typeof import('../../src/infrastructure/database/wal-position')
>('infrastructure/database/wal-position');
const { RECORD_IF_LATER_SCRIPT } = fromBuild<
  typeof import('../../src/infrastructure/database/write-positions')
>('infrastructure/database/write-positions');

type SessionRedis = import('../../src/modules/identity/sessions/session-scripts').SessionRedis;

const config = loadConfig(process.env);
const redis = new Redis(config.redis.url, { keyPrefix: `${config.redis.keyPrefix}:` });
redis.defineCommand('authenticateSession', { lua: AUTHENTICATE_SESSION_SCRIPT });
const sessions = redis as SessionRedis;
const writePositionPrefix = `${config.redis.keyPrefix}:write-position:`;
const primary = new Pool({ connectionString: config.database.primaryUrl, max: 10 });
const replicas = config.database.replicaUrls.map(
  (url) => new Pool({ connectionString: url, max: 10 }),
);
let nextReplica = 0;

const RATE_WINDOW_MS = 60_000;
const ROLES = ['viewer', 'member', 'admin', 'owner'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// tenfold's statement, byte for byte as task-page.read.ts sends it without filters.
const PAGE_SQL = `SELECT t.* FROM projects.projects p
       LEFT JOIN LATERAL (
         SELECT t.id, t.project_id AS "projectId", t.title, t.description, t.status,
                t.assignee_id AS "assigneeId", t.position::text AS position,
                t.created_by AS "createdBy", t.created_at AS "createdAt",
                t.updated_at AS "updatedAt", t.completed_at AS "completedAt"
           FROM projects.tasks t
          WHERE t.project_id = p.id AND t.workspace_id = p.workspace_id
          ORDER BY t.position
          LIMIT $3
       ) t ON true
     WHERE p.id = $1 AND p.workspace_id = $2`;

/** A task row as both statements name its columns. */
interface TaskRow {
  id: string;
  projectId: string;
  title: string;
  description: string | null;
  status: string;
  assigneeId: string | null;
  position: string;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  completedAt: Date | null;
}

interface Session {
  userId?: string;
  memberships?: string;
}

const fastify = Fastify({ logger: false });

fastify.get('/health/ready', async () => ({ status: 'ok' }));

fastify.get(
  '/v1/workspaces/:workspaceId/projects/:projectId/tasks',
  async (
    request: FastifyRequest<{
      Params: { workspaceId: string; projectId: string };
      Querystring: { limit?: string };
    }>,
    reply,
  ) => {
    const { workspaceId, projectId } = request.params;
    if (!UUID.test(workspaceId) || !UUID.test(projectId)) return problem(reply, 400);
    const limit = Math.min(Math.max(Number(request.query.limit ?? 50) || 50, 1), 100);
    const session = await admit(request, reply, workspaceId, ROLES);
    if (!session) return reply;

    // tenfold reads a replica that has replayed the position the script read; under this load its
    // monitor finds the replica caught up, so the floor reads a replica whatever the position.
    const pool = replicas.length > 0 ? pickReplica() : primary;
    const { rows } = await pool.query<TaskRow>(PAGE_SQL, [projectId, workspaceId, limit + 1]);
    if (rows.length === 0) return problem(reply, 404);
    const tasks = rows.filter((row) => row.id !== null);
    const page = tasks.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map(viewOf),
      nextCursor:
        tasks.length > limit && last
          ? Buffer.from(`p${last.position}`).toString('base64url')
          : null,
    };
  },
);

/**
 * The session script's one round trip, the rate-limit headers and the role check, as tenfold's
 * guards do them. Resolves the session, or undefined once the problem has been sent.
 */
async function admit(
  request: FastifyRequest,
  reply: FastifyReply,
  workspaceId: string,
  roles: string[],
): Promise<(Session & { userId: string }) | undefined> {
  const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
  if (!token) return void problem(reply, 401);
  const sessionId = createHash('sha256').update(token).digest('hex');
  const counter = `rate-limit:default:token:${sessionId}`;
  const limitPerWindow = config.rateLimits.perMinute;
  const [fields, , hit] = await sessions.authenticateSession(
    3,
    `session:${sessionId}`,
    counter,
    `${counter}:blocked`,
    Date.now(),
    config.sessions.idleTimeoutSeconds * 1000,
    writePositionPrefix,
    RATE_WINDOW_MS,
    limitPerWindow,
    RATE_WINDOW_MS,
  );
  const session: Record<string, string> = {};
  for (let i = 0; i + 1 < fields.length; i += 2) session[fields[i]] = fields[i + 1];
  if (!session.userId || !hit) return void problem(reply, 401);
  if (hit[2] === 1) return void problem(reply, 429);
  reply.header('X-RateLimit-Limit', limitPerWindow);
  reply.header('X-RateLimit-Remaining', Math.max(0, limitPerWindow - hit[0]));
  reply.header('X-RateLimit-Reset', Math.ceil(hit[1] / 1000));
  const memberships = JSON.parse(session.memberships) as Record<string, string>;
  const role = Object.hasOwn(memberships, workspaceId) ? memberships[workspaceId] : undefined;
  if (!role || !roles.includes(role)) return void problem(reply, 404);
  return { ...session, userId: session.userId };
}

// tenfold's statements for complete and reopen, byte for byte (taskOf and writeTaskStatus in
// tasks.queries.ts, EventOutbox.publish).
const LOCK_TASK_SQL = `SELECT id, workspace_id AS "workspaceId", project_id AS "projectId", title, description,
            status, assignee_id AS "assigneeId", position::text AS position,
            created_by AS "createdBy", created_at AS "createdAt", updated_at AS "updatedAt",
            completed_at AS "completedAt"
       FROM projects.tasks WHERE id = $1 AND workspace_id = $2 FOR UPDATE`;
const UPDATE_TASK_SQL = `UPDATE projects.tasks SET status = $1, completed_at = $2, updated_at = CURRENT_TIMESTAMP
      WHERE id = $3 RETURNING updated_at`;
const INSERT_OUTBOX_SQL =
  'INSERT INTO messaging.outbox (event_id, type, event) VALUES ($1, $2, $3)';
const WRITERS = ['member', 'admin', 'owner'];

type Transition = FastifyRequest<{ Params: { workspaceId: string; taskId: string } }>;

/** Complete (done) or reopen (open) a task: one transaction, one outbox event, as tenfold. */
async function transition(request: Transition, reply: FastifyReply, target: 'done' | 'open') {
  const { workspaceId, taskId } = request.params;
  if (!UUID.test(workspaceId) || !UUID.test(taskId)) return problem(reply, 400);
  const session = await admit(request, reply, workspaceId, WRITERS);
  if (!session) return reply;
  const client = await primary.connect();
  let row: TaskRow;
  let position: string;
  try {
    await client.query('START TRANSACTION');
    const locked = await client.query<TaskRow>(LOCK_TASK_SQL, [taskId, workspaceId]);
    if (locked.rows.length === 0) {
      await client.query('ROLLBACK');
      return problem(reply, 404);
    }
    row = locked.rows[0];
    if (row.status === target) {
      await client.query('COMMIT');
      return viewOf(row); // no change, no event
    }
    const now = new Date();
    const completedAt = target === 'done' ? now : null;
    const updated = await client.query<{ updated_at: Date }>(UPDATE_TASK_SQL, [
      target,
      completedAt,
      taskId,
    ]);
    row = {
      ...row,
      status: target,
      completedAt,
      updatedAt: updated.rows[0].updated_at,
    };
    const id = randomUUID();
    const type = target === 'done' ? 'projects.task.completed.v1' : 'projects.task.reopened.v1';
    const payload =
      target === 'done'
        ? {
            taskId,
            projectId: row.projectId,
            assigneeId: row.assigneeId,
            completedAt: now.toISOString(),
          }
        : { taskId, projectId: row.projectId };
    const event = {
      id,
      type,
      occurredAt: now.toISOString(),
      workspaceId,
      actorId: session.userId,
      correlationId: String(request.id),
      payload,
    };
    await client.query(INSERT_OUTBOX_SQL, [id, type, event]);
    await client.query(`SELECT pg_notify($1, '')`, ['tenfold_outbox']);
    await client.query('COMMIT');
    const lsn = await client.query<{ position: string }>(
      'SELECT pg_current_wal_insert_lsn()::text AS position',
    );
    position = lsn.rows[0].position;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  await redis.eval(
    RECORD_IF_LATER_SCRIPT,
    1,
    `write-position:${session.userId}`,
    sortableWalPosition(parseWalPosition(position)),
    config.database.routing.readYourWritesSeconds,
  );
  return viewOf(row);
}

/** A task row (the list's or the lock's: both name their columns alike) as tenfold's TaskView. */
function viewOf(row: TaskRow) {
  return {
    id: row.id,
    projectId: row.projectId,
    title: row.title,
    description: row.description,
    status: row.status,
    assigneeId: row.assigneeId,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
  };
}

fastify.post('/v1/workspaces/:workspaceId/tasks/:taskId/complete', (request: Transition, reply) =>
  transition(request, reply, 'done'),
);
fastify.post('/v1/workspaces/:workspaceId/tasks/:taskId/reopen', (request: Transition, reply) =>
  transition(request, reply, 'open'),
);

function pickReplica(): Pool {
  nextReplica = (nextReplica + 1) % replicas.length;
  return replicas[nextReplica];
}

function problem(reply: FastifyReply, status: number): FastifyReply {
  return reply.code(status).type('application/problem+json').send({ status });
}

fastify.listen({ host: '127.0.0.1', port: Number(process.env.HTTP_PORT) }).catch((error: Error) => {
  console.error(`floor-tasks failed to start: ${error.message}`);
  process.exit(1);
});

const close = () =>
  fastify
    .close()
    .then(() => Promise.all([redis.quit(), primary.end(), ...replicas.map((p) => p.end())]))
    .then(() => process.exit(0));
process.once('SIGTERM', close);
process.once('SIGINT', close);
