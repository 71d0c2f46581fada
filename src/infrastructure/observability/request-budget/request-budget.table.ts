/**
 * What one request may cost, per route, in round trips to the shared stores (issue 16; docs/ARCHITECTURE.md,
 * "Request budget"). test/request-budget/round-trips.e2e-spec.ts drives every budgeted route once
 * against the real stack and fails when a request needs more: a new global hook, guard or lookup
 * that adds a round trip shows up here, not as a slower benchmark weeks later.
 *
 * Each number is what the code costs today, measured, so the table is the truth and only ever goes
 * down (issue 16's later steps lower them). Keys are `METHOD pattern` exactly as Fastify matches the
 * route (`ALL` for a catch-all: `/*` is the not-found handler); a route the app registers that is
 * missing here fails the test, so new routes get a budget.
 *
 * Reads routed to a replica for a user who wrote recently may ask the replica how far it has
 * replayed (Replica.hasReplayed) when the monitor's last reading is behind: one statement more or
 * less depending on timing, so those routes' SQL budgets include it ("+ the replica's replay check").
 */
export interface RoundTripBudget {
  /** Redis round trips: a command, or a whole pipeline / MULTI / Lua script, counts one. */
  readonly redis: number;
  /** SQL statements on any pool (primary and replicas); BEGIN and COMMIT count. */
  readonly sql: number;
}

/** A route the test cannot drive in one simple request; the reason says why. */
export interface Unbudgeted {
  readonly unbudgeted: string;
}

export type RouteBudget = RoundTripBudget | Unbudgeted;

export const REQUEST_BUDGET: Readonly<Record<string, RouteBudget>> = {
  'ALL /*': { redis: 0, sql: 0 },
  'ALL /': { redis: 0, sql: 0 },
  'GET /metrics': { redis: 15, sql: 0 },
  'GET /health/live': { redis: 0, sql: 0 },
  'GET /health/ready': { redis: 1, sql: 1 },
  'POST /v1/system/heartbeats': { redis: 3, sql: 4 },
  'GET /v1/system/heartbeats/:id': { redis: 4, sql: 0 },
  'POST /v1/auth/sign-up': { redis: 4, sql: 10 }, // + the mail's place in its recipient's order
  'POST /v1/auth/login': { redis: 7, sql: 4 }, // + the replica's replay check
  'POST /v1/auth/logout': { redis: 2, sql: 0 },
  'POST /v1/auth/logout-everywhere': { redis: 3, sql: 0 },
  'PUT /v1/auth/password': { redis: 4, sql: 2 },
  'GET /v1/me': { redis: 1, sql: 0 },
  // Personal notifications: one read (replica or primary), or one write with its WAL position.
  'GET /v1/me/notifications': { redis: 1, sql: 2 }, // + the replica's replay check
  'GET /v1/me/notifications/unread-count': { redis: 1, sql: 2 }, // + the replica's replay check
  'POST /v1/me/notifications/:id/read': { redis: 2, sql: 4 },
  'POST /v1/me/notifications/read-all': { redis: 2, sql: 4 },
  'GET /v1/me/notification-preferences': { redis: 1, sql: 2 }, // + the replica's replay check
  'PUT /v1/me/notification-preferences': { redis: 2, sql: 5 },
  'POST /v1/auth/verify-email/resend': { redis: 2, sql: 1 },
  'POST /v1/auth/password-reset': { redis: 4, sql: 5 }, // + the mail's place in its recipient's order
  'GET /v1/workspaces': { redis: 1, sql: 1 },
  'POST /v1/workspaces': { redis: 8, sql: 8 },
  'PATCH /v1/workspaces/:workspaceId': { redis: 1, sql: 1 },
  'GET /v1/workspaces/:workspaceId/members': { redis: 1, sql: 1 },
  'PUT /v1/workspaces/:workspaceId/members/:userId/role': { redis: 6, sql: 8 },
  'DELETE /v1/workspaces/:workspaceId/members/:userId': { redis: 6, sql: 8 },
  'POST /v1/workspaces/:workspaceId/leave': { redis: 6, sql: 8 },
  'POST /v1/workspaces/:workspaceId/invitations': { redis: 4, sql: 7 }, // + the mail's place in order
  'GET /v1/workspaces/:workspaceId/invitations': { redis: 1, sql: 1 },
  'DELETE /v1/workspaces/:workspaceId/invitations/:invitationId': { redis: 1, sql: 1 },
  'GET /v1/workspaces/:workspaceId/analytics/activity': { redis: 1, sql: 1 },
  'GET /v1/workspaces/:workspaceId/analytics/reports': { redis: 1, sql: 2 }, // + the replica's replay check
  'GET /v1/workspaces/:workspaceId/analytics/activity-log': { redis: 1, sql: 2 }, // + the replica's replay check
  'POST /v1/workspaces/:workspaceId/analytics/exports': { redis: 3, sql: 6 },
  'GET /v1/workspaces/:workspaceId/analytics/exports/:exportId': { redis: 1, sql: 2 },
  'POST /v1/workspaces/:workspaceId/projects': { redis: 2, sql: 6 },
  'GET /v1/workspaces/:workspaceId/projects': { redis: 1, sql: 2 }, // + the replica's replay check
  'GET /v1/workspaces/:workspaceId/projects/:projectId': { redis: 1, sql: 1 },
  'PATCH /v1/workspaces/:workspaceId/projects/:projectId': { redis: 2, sql: 7 }, // a real change, with its event
  'POST /v1/workspaces/:workspaceId/projects/:projectId/archive': { redis: 2, sql: 7 }, // + its event (issue 19)
  'POST /v1/workspaces/:workspaceId/projects/:projectId/unarchive': { redis: 2, sql: 7 },
  'DELETE /v1/workspaces/:workspaceId/projects/:projectId': { redis: 2, sql: 7 },
  'POST /v1/workspaces/:workspaceId/projects/:projectId/tasks': { redis: 2, sql: 9 }, // with labels
  'GET /v1/workspaces/:workspaceId/projects/:projectId/tasks': { redis: 1, sql: 2 }, // + the replica's replay check
  'GET /v1/workspaces/:workspaceId/tasks': { redis: 1, sql: 2 }, // one statement, + the replica's replay check
  'GET /v1/workspaces/:workspaceId/tasks/:taskId': { redis: 1, sql: 1 },
  'PATCH /v1/workspaces/:workspaceId/tasks/:taskId': { redis: 2, sql: 9 }, // every field, labels too
  'PUT /v1/workspaces/:workspaceId/tasks/:taskId/assignee': { redis: 2, sql: 4 },
  'POST /v1/workspaces/:workspaceId/tasks/:taskId/complete': { redis: 2, sql: 7 },
  'POST /v1/workspaces/:workspaceId/tasks/:taskId/reopen': { redis: 2, sql: 7 },
  'POST /v1/workspaces/:workspaceId/tasks/:taskId/move': { redis: 2, sql: 8 },
  'DELETE /v1/workspaces/:workspaceId/tasks/:taskId': { redis: 2, sql: 7 }, // + the archived-project check (issue 19)
  'POST /v1/workspaces/:workspaceId/labels': { redis: 2, sql: 8 }, // + the quota's lock and count
  'GET /v1/workspaces/:workspaceId/labels': { redis: 1, sql: 2 }, // + the replica's replay check
  'GET /v1/workspaces/:workspaceId/labels/:labelId': { redis: 1, sql: 1 },
  'PATCH /v1/workspaces/:workspaceId/labels/:labelId': { redis: 2, sql: 7 },
  'DELETE /v1/workspaces/:workspaceId/labels/:labelId': { redis: 2, sql: 8 },
  'POST /v1/workspaces/:workspaceId/tasks/:taskId/comments': { redis: 2, sql: 8 }, // with a mention
  'GET /v1/workspaces/:workspaceId/tasks/:taskId/comments': { redis: 1, sql: 2 }, // + the replica's replay check
  'GET /v1/workspaces/:workspaceId/tasks/:taskId/comments/:commentId': { redis: 1, sql: 1 },
  'PATCH /v1/workspaces/:workspaceId/tasks/:taskId/comments/:commentId': { redis: 2, sql: 8 }, // with a mention
  'DELETE /v1/workspaces/:workspaceId/tasks/:taskId/comments/:commentId': { redis: 2, sql: 7 },
  'GET /v1/billing/quote': { redis: 1, sql: 0 },
  'PUT /v1/workspaces/:workspaceId/integrations/slack': { redis: 2, sql: 6 },
  'GET /v1/workspaces/:workspaceId/integrations/slack': { redis: 1, sql: 1 },
  'DELETE /v1/workspaces/:workspaceId/integrations/slack': { redis: 2, sql: 4 },
  'POST /v1/workspaces/:workspaceId/digests': { redis: 3, sql: 7 },
  'PUT /v1/workspaces/:workspaceId/digests/subscription': { redis: 2, sql: 4 },
  'GET /v1/workspaces/:workspaceId/onboarding': { redis: 2, sql: 0 },
  'PATCH /v1/workspaces/:workspaceId/onboarding': { redis: 2, sql: 0 },
  'POST /v1/workspaces/:workspaceId/webhooks/endpoints': { redis: 2, sql: 7 },
  'GET /v1/workspaces/:workspaceId/webhooks/endpoints': { redis: 1, sql: 1 },
  'GET /v1/workspaces/:workspaceId/webhooks/endpoints/:endpointId': { redis: 1, sql: 1 },
  'PATCH /v1/workspaces/:workspaceId/webhooks/endpoints/:endpointId': { redis: 2, sql: 5 },
  'DELETE /v1/workspaces/:workspaceId/webhooks/endpoints/:endpointId': { redis: 2, sql: 6 },
  'POST /v1/workspaces/:workspaceId/webhooks/endpoints/:endpointId/rotate-secret': {
    redis: 4,
    sql: 6,
  },
  'GET /v1/workspaces/:workspaceId/webhooks/endpoints/:endpointId/deliveries': { redis: 1, sql: 2 },
  'POST /v1/workspaces/:workspaceId/webhooks/endpoints/:endpointId/test': { redis: 3, sql: 5 },
  'POST /v1/workspaces/:workspaceId/tasks/:taskId/attachments': { redis: 2, sql: 5 },
  'GET /v1/workspaces/:workspaceId/tasks/:taskId/attachments': { redis: 1, sql: 1 },
  'GET /v1/workspaces/:workspaceId/tasks/:taskId/files': { redis: 1, sql: 1 },
  'GET /v1/workspaces/:workspaceId/tasks/:taskId/files/:fileId': { redis: 1, sql: 1 },
  // + the task's known_tasks row locked FOR SHARE: a task deleted meanwhile leaves no orphan (issue 19)
  'POST /v1/workspaces/:workspaceId/tasks/:taskId/attachments/:attachmentId/complete': {
    redis: 5,
    sql: 7,
  },
  'GET /v1/workspaces/:workspaceId/tasks/:taskId/attachments/:attachmentId': { redis: 1, sql: 1 },
  'DELETE /v1/workspaces/:workspaceId/tasks/:taskId/attachments/:attachmentId': {
    redis: 4,
    sql: 4,
  },
  'GET /v1/jobs/:id': { redis: 3, sql: 0 },
  'GET /v1/admin/jobs/dead': { redis: 9, sql: 0 },
  // Not drivable in one simple request:
  'POST /v1/auth/verify-email': { unbudgeted: 'needs the mailed single-use token (stored hashed)' },
  'POST /v1/auth/password-reset/complete': {
    unbudgeted: 'needs the mailed single-use token (stored hashed)',
  },
  'POST /v1/invitations/accept': {
    unbudgeted: 'needs the mailed invitation token (stored hashed)',
  },
  'POST /v1/workspaces/:workspaceId/webhooks/endpoints/:endpointId/deliveries/:deliveryId/redeliver':
    { unbudgeted: 'needs a delivery, which only the worker makes' },
  'POST /v1/workspaces/:workspaceId/tasks/:taskId/attachments/upload': {
    unbudgeted: 'streams the body to S3',
  },
  'GET /v1/jobs/:id/events': { unbudgeted: 'Server-Sent Events: open until the job ends' },
  // Setup: redis 2 (session, slot) + a SUBSCRIBE on the instance's subscriber connection; sql 1
  // only with Last-Event-ID (the replay, on the primary). Then per heartbeat: redis 1-2 (session,
  // slot renewal every third of its lease); per notification: none (pushed from the channel).
  'GET /v1/me/notifications/stream': {
    unbudgeted: 'Server-Sent Events: open until the client leaves, its session ends or shutdown',
  },
  'POST /v1/admin/jobs/:id/redrive': { unbudgeted: 'needs a dead-lettered job' },
  // The admin pages' sign-in (docs/adr/0018): a platform admin's browser, not a user's request path.
  'GET /admin/login': { unbudgeted: 'admin sign-in page' },
  'GET /admin/login.js': { unbudgeted: 'admin sign-in page' },
  'POST /admin/session': { unbudgeted: 'admin sign-in page' },
  'POST /admin/logout': { unbudgeted: 'admin sign-in page' },
};

/**
 * Pages mounted by plugins rather than our controllers (Swagger UI, the queue dashboard): static
 * assets and a third-party UI behind platform-admin credentials, not on any user's request path.
 */
export const UNBUDGETED_PREFIXES: readonly string[] = ['/docs', '/admin/queues'];
