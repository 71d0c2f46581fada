'use strict';

// The work floor of GET /v1/workspaces/:workspaceId/projects/:projectId/tasks: bare Fastify, pg
// and ioredis doing by hand exactly what tenfold does for it, and nothing else. The same Redis
// script (one round trip: the session, its idle timeout, the write position, the rate-limit
// hit), the same membership check, the same two SQL statements (TypeORM's text, byte for byte)
// on a replica unless the user wrote within the read-your-writes window, the same JSON and rate-
// limit headers. No request log, metrics, validation pipe or framework: what is left between
// this and tenfold is what tenfold's pipeline costs. Config from the same environment, parsed by
// tenfold's own loader (dist/). Port from HTTP_PORT (set by the harness).
const { createHash } = require('node:crypto');

const Fastify = require('fastify');
const Redis = require('ioredis');
const { Pool } = require('pg');

const { loadConfig } = require('../../dist/src/infrastructure/config/load-config');
const {
  AUTHENTICATE_SESSION_SCRIPT,
} = require('../../dist/src/modules/identity/sessions/session-scripts');

const config = loadConfig(process.env);
const redis = new Redis(config.redis.url, { keyPrefix: `${config.redis.keyPrefix}:` });
redis.defineCommand('authenticateSession', { lua: AUTHENTICATE_SESSION_SCRIPT });
const primary = new Pool({ connectionString: config.database.primaryUrl, max: 10 });
const replicas = config.database.replicaUrls.map(
  (url) => new Pool({ connectionString: url, max: 10 }),
);
let nextReplica = 0;

const RATE_WINDOW_MS = 60_000;
const ROLES = ['viewer', 'member', 'admin', 'owner'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const PROJECT_SQL =
  'SELECT "ProjectEntity"."id" AS "ProjectEntity_id", "ProjectEntity"."workspace_id" AS "ProjectEntity_workspace_id", "ProjectEntity"."name" AS "ProjectEntity_name", "ProjectEntity"."description" AS "ProjectEntity_description", "ProjectEntity"."archived_at" AS "ProjectEntity_archived_at", "ProjectEntity"."created_by" AS "ProjectEntity_created_by", "ProjectEntity"."created_at" AS "ProjectEntity_created_at", "ProjectEntity"."updated_at" AS "ProjectEntity_updated_at" FROM "projects"."projects" "ProjectEntity" WHERE (("ProjectEntity"."id" = $1) AND ("ProjectEntity"."workspace_id" = $2)) LIMIT 1';
const tasksSql = (take) =>
  `SELECT "TaskEntity"."id" AS "TaskEntity_id", "TaskEntity"."workspace_id" AS "TaskEntity_workspace_id", "TaskEntity"."project_id" AS "TaskEntity_project_id", "TaskEntity"."title" AS "TaskEntity_title", "TaskEntity"."description" AS "TaskEntity_description", "TaskEntity"."status" AS "TaskEntity_status", "TaskEntity"."assignee_id" AS "TaskEntity_assignee_id", "TaskEntity"."position" AS "TaskEntity_position", "TaskEntity"."created_by" AS "TaskEntity_created_by", "TaskEntity"."created_at" AS "TaskEntity_created_at", "TaskEntity"."updated_at" AS "TaskEntity_updated_at", "TaskEntity"."completed_at" AS "TaskEntity_completed_at" FROM "projects"."tasks" "TaskEntity" WHERE (("TaskEntity"."workspace_id" = $1) AND ("TaskEntity"."project_id" = $2)) ORDER BY "TaskEntity"."position" ASC LIMIT ${take}`;

const fastify = Fastify({ logger: false });

fastify.get('/health/ready', async () => ({ status: 'ok' }));

fastify.get('/v1/workspaces/:workspaceId/projects/:projectId/tasks', async (request, reply) => {
  const { workspaceId, projectId } = request.params;
  if (!UUID.test(workspaceId) || !UUID.test(projectId)) return problem(reply, 400);
  const limit = Math.min(Math.max(Number(request.query.limit ?? 50) || 50, 1), 100);
  const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
  if (!token) return problem(reply, 401);

  const sessionId = createHash('sha256').update(token).digest('hex');
  const counter = `rate-limit:default:token:${sessionId}`;
  const limitPerWindow = config.rateLimits.perMinute;
  const [fields, position, hit] = await redis.authenticateSession(
    3,
    `session:${sessionId}`,
    counter,
    `${counter}:blocked`,
    Date.now(),
    config.sessions.idleTimeoutSeconds * 1000,
    `${config.redis.keyPrefix}:write-position:`,
    RATE_WINDOW_MS,
    limitPerWindow,
    RATE_WINDOW_MS,
  );
  const session = {};
  for (let i = 0; i + 1 < fields.length; i += 2) session[fields[i]] = fields[i + 1];
  if (!session.userId || !hit) return problem(reply, 401);
  if (hit[2] === 1) return problem(reply, 429);
  reply.header('X-RateLimit-Limit', limitPerWindow);
  reply.header('X-RateLimit-Remaining', Math.max(0, limitPerWindow - hit[0]));
  reply.header('X-RateLimit-Reset', Math.ceil(hit[1] / 1000));
  const memberships = JSON.parse(session.memberships);
  const role = Object.hasOwn(memberships, workspaceId) ? memberships[workspaceId] : undefined;
  if (!ROLES.includes(role)) return problem(reply, 404); // viewer and up may list

  // tenfold reads a replica that has replayed the position; under this load its monitor finds the
  // replica caught up, so the floor reads a replica whatever the position it read.
  void position;
  const pool = replicas.length > 0 ? pickReplica() : primary;
  const project = await pool.query(PROJECT_SQL, [projectId, workspaceId]);
  if (project.rows.length === 0) return problem(reply, 404);
  const { rows } = await pool.query(tasksSql(limit + 1), [workspaceId, projectId]);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: row.TaskEntity_id,
      projectId: row.TaskEntity_project_id,
      title: row.TaskEntity_title,
      description: row.TaskEntity_description,
      status: row.TaskEntity_status,
      assigneeId: row.TaskEntity_assignee_id,
      createdBy: row.TaskEntity_created_by,
      createdAt: row.TaskEntity_created_at.toISOString(),
      updatedAt: row.TaskEntity_updated_at.toISOString(),
      completedAt: row.TaskEntity_completed_at?.toISOString() ?? null,
    })),
    nextCursor:
      rows.length > limit && last
        ? Buffer.from(`p${last.TaskEntity_position}`).toString('base64url')
        : null,
  };
});

function pickReplica() {
  nextReplica = (nextReplica + 1) % replicas.length;
  return replicas[nextReplica];
}

function problem(reply, status) {
  return reply.code(status).type('application/problem+json').send({ status });
}

fastify.listen({ host: '127.0.0.1', port: Number(process.env.HTTP_PORT) }).catch((error) => {
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
