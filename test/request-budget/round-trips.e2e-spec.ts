import type { Server } from 'node:http';

import type { Redis } from 'ioredis';
import type { Response } from 'supertest';
import { DataSource } from 'typeorm';

import { newEventMetadata } from '../../src/common/correlation/new-event-metadata';
import { REDIS } from '../../src/infrastructure/redis/redis.tokens';
import {
  REQUEST_BUDGET,
  type RoundTripBudget,
  UNBUDGETED_PREFIXES,
} from '../../src/infrastructure/observability/request-budget/request-budget.table';
import { RecordKnownTaskConsumer } from '../../src/modules/media/consumers/record-known-task.consumer';
import { TaskCreatedV1 } from '../../src/modules/projects/contracts/task-created.event';
import {
  bearer,
  PASSWORD,
  signedIn,
  signUp,
  type SignedInUser,
  uniqueEmail,
} from '../harness/accounts';
import { adminAuthorization, testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { pngOf } from '../media/support/media-world';
import {
  createLabel,
  createProject,
  createTask,
  workspacePath,
} from '../projects/support/projects-api';
import { joinAs, signUpOwner } from '../projects/support/projects-world';
import {
  overBudget,
  recordRegisteredRoutes,
  RoundTripCounter,
  type Tally,
} from './support/round-trip-counter';

/**
 * One request per route against the real stack, counted in Redis round trips and SQL statements
 * (support/round-trip-counter.ts says how), checked against REQUEST_BUDGET: a global hook, guard or
 * lookup that adds a round trip fails here, naming the route and what it sent.
 */
/** An IP literal: no DNS lookup in the test (as test/webhooks/endpoints.e2e-spec.ts). */
const PUBLIC_URL = 'http://93.184.216.34/hooks';

describe('the request budget: Redis round trips and SQL statements per route', () => {
  const config = testConfig({
    RATE_LIMIT_PER_MINUTE: '100000',
    EXPORTS_IN_FLIGHT_PER_WORKSPACE: '1000',
  });
  let counter: RoundTripCounter;
  let registered: Set<string>;
  let web: WebAppUnderTest;
  let owner: SignedInUser;
  let projectId: string;
  let taskId: string;

  beforeAll(async () => {
    counter = RoundTripCounter.install();
    const recording = recordRegisteredRoutes();
    try {
      web = await WebAppUnderTest.start(config);
    } finally {
      recording.stop();
    }
    registered = recording.routes;
    owner = await signUpOwner(web, 'budget-owner');
    projectId = (await createProject(web, owner)).id;
    taskId = (await createTask(web, owner, projectId)).id;
    await knownToMedia(taskId);
  });
  afterAll(async () => {
    await web?.close();
    counter?.uninstall();
  });

  const ws = () => workspacePath(owner.workspaceId);
  const auth = () => bearer(owner.token);

  /** Media learns of tasks from projects' events; no relay runs here, so apply the consumer. */
  async function knownToMedia(id: string): Promise<void> {
    const event = new TaskCreatedV1(
      { taskId: id, projectId, title: 'Write it', assigneeId: null },
      newEventMetadata(owner.workspaceId, owner.id),
    );
    await new RecordKnownTaskConsumer().apply(event, web.app.get(DataSource).manager);
  }

  async function requestExport(): Promise<{ jobId: string; exportId: string }> {
    const response = await web.http
      .post(`${ws()}/analytics/exports`)
      .set(auth())
      .send({ format: 'csv', from: '2026-01-01', to: '2026-01-31' });
    if (response.status !== 202) throw new Error(`export: ${response.status} ${response.text}`);
    return response.body;
  }

  async function announceAttachment(): Promise<string> {
    const response = await web.http
      .post(`${ws()}/tasks/${taskId}/attachments`)
      .set(auth())
      .send({ fileName: 'budget.png', contentType: 'image/png', size: 1000 });
    if (response.status !== 201) throw new Error(`announce: ${response.status} ${response.text}`);
    return response.body.id;
  }

  async function newEndpoint(): Promise<string> {
    const response = await web.http
      .post(`${ws()}/webhooks/endpoints`)
      .set(auth())
      .send({ url: PUBLIC_URL, eventTypes: ['projects.task.completed.v1'] });
    if (response.status !== 201) throw new Error(`endpoint: ${response.status} ${response.text}`);
    return response.body.id;
  }
  let endpointId: Promise<string> | undefined;
  const sharedEndpoint = () => (endpointId ??= newEndpoint());

  async function newTask(): Promise<string> {
    return (await createTask(web, owner, projectId, { title: 'Budgeted' })).id;
  }

  let labels = 0;
  const newLabel = async () =>
    (await createLabel(web, owner, { name: `Budget ${++labels}`, color: '#123456' })).id;
  async function newComment(): Promise<string> {
    const response = await web.http
      .post(`${ws()}/tasks/${taskId}/comments`)
      .set(auth())
      .send({ body: 'Budgeted' });
    if (response.status !== 201) throw new Error(`comment: ${response.status} ${response.text}`);
    return response.body.id;
  }

  /**
   * A route driven once: `prepare` (not counted) sets up what the request needs and answers the
   * request to send (counted). Run twice, the first a warm-up: one-off start-up work (a pool's
   * first connection, TypeORM metadata, a BullMQ queue connecting) is not a per-request cost.
   */
  interface Drive {
    route: string;
    status: number;
    prepare: () => Promise<() => PromiseLike<Response>>;
  }
  const ready = (send: () => PromiseLike<Response>) => () => Promise.resolve(send);

  const drives: Drive[] = [
    { route: 'GET /health/live', status: 200, prepare: ready(() => web.http.get('/health/live')) },
    {
      route: 'GET /health/ready',
      status: 200,
      prepare: ready(() => web.http.get('/health/ready')),
    },
    {
      route: 'GET /v1/me',
      status: 200,
      prepare: ready(() => web.http.get('/v1/me').set(auth())),
    },
    {
      route: 'GET /v1/me/notifications',
      status: 200,
      prepare: ready(() => web.http.get('/v1/me/notifications').set(auth())),
    },
    {
      route: 'GET /v1/me/notifications/unread-count',
      status: 200,
      prepare: ready(() => web.http.get('/v1/me/notifications/unread-count').set(auth())),
    },
    {
      route: 'POST /v1/me/notifications/:id/read',
      status: 204,
      prepare: async () => {
        const [item] = await web.app.get(DataSource).query(
          `INSERT INTO notifications.inbox_items (user_id, workspace_id, kind, delivery)
           VALUES ($1, $2, 'assigned', 'in-app') RETURNING id::text AS id`,
          [owner.id, owner.workspaceId],
        );
        return () => web.http.post(`/v1/me/notifications/${item.id}/read`).set(auth());
      },
    },
    {
      route: 'POST /v1/me/notifications/read-all',
      status: 200,
      prepare: ready(() => web.http.post('/v1/me/notifications/read-all').set(auth())),
    },
    {
      route: 'GET /v1/me/notification-preferences',
      status: 200,
      prepare: ready(() => web.http.get('/v1/me/notification-preferences').set(auth())),
    },
    {
      route: 'PUT /v1/me/notification-preferences',
      status: 200,
      prepare: ready(() =>
        web.http.put('/v1/me/notification-preferences').set(auth()).send({ comment: 'off' }),
      ),
    },
    {
      route: 'POST /v1/auth/sign-up',
      status: 202,
      prepare: async () => {
        const email = uniqueEmail('budget-sign-up');
        return () =>
          web.http
            .post('/v1/auth/sign-up')
            .send({ email, password: PASSWORD, workspaceName: 'Budgeted' });
      },
    },
    {
      route: 'POST /v1/auth/login',
      status: 200,
      prepare: ready(() =>
        web.http.post('/v1/auth/login').send({ email: owner.email, password: PASSWORD }),
      ),
    },
    {
      route: 'POST /v1/auth/logout',
      status: 204,
      prepare: async () => {
        const { token } = await signedIn(web.http, owner.email);
        return () => web.http.post('/v1/auth/logout').set(bearer(token));
      },
    },
    {
      route: 'GET /v1/workspaces',
      status: 200,
      prepare: ready(() => web.http.get('/v1/workspaces').set(auth())),
    },
    {
      route: 'GET /v1/workspaces/:workspaceId/members',
      status: 200,
      prepare: ready(() => web.http.get(`${ws()}/members`).set(auth())),
    },
    {
      route: 'GET /v1/workspaces/:workspaceId/invitations',
      status: 200,
      prepare: ready(() => web.http.get(`${ws()}/invitations`).set(auth())),
    },
    {
      route: 'GET /v1/workspaces/:workspaceId/projects',
      status: 200,
      prepare: ready(() => web.http.get(`${ws()}/projects`).set(auth())),
    },
    {
      route: 'POST /v1/workspaces/:workspaceId/projects',
      status: 201,
      prepare: ready(() => web.http.post(`${ws()}/projects`).set(auth()).send({ name: 'Next' })),
    },
    {
      route: 'GET /v1/workspaces/:workspaceId/projects/:projectId',
      status: 200,
      prepare: ready(() => web.http.get(`${ws()}/projects/${projectId}`).set(auth())),
    },
    {
      route: 'GET /v1/workspaces/:workspaceId/projects/:projectId/tasks',
      status: 200,
      prepare: ready(() => web.http.get(`${ws()}/projects/${projectId}/tasks`).set(auth())),
    },
    {
      // The dearest view: a search over titles and comments, filtered and ranked.
      route: 'GET /v1/workspaces/:workspaceId/tasks',
      status: 200,
      prepare: ready(() =>
        web.http.get(`${ws()}/tasks?q=launch&assigneeId=me&status=open`).set(auth()),
      ),
    },
    {
      // With a label: the dearest create (the label check and the task's label row).
      route: 'POST /v1/workspaces/:workspaceId/projects/:projectId/tasks',
      status: 201,
      prepare: async () => {
        const labelId = await newLabel();
        return () =>
          web.http
            .post(`${ws()}/projects/${projectId}/tasks`)
            .set(auth())
            .send({ title: 'More', labelIds: [labelId] });
      },
    },
    {
      route: 'GET /v1/workspaces/:workspaceId/tasks/:taskId',
      status: 200,
      prepare: ready(() => web.http.get(`${ws()}/tasks/${taskId}`).set(auth())),
    },
    {
      // The dearest PATCH: every kind of field changes, labels included, under If-Match.
      route: 'PATCH /v1/workspaces/:workspaceId/tasks/:taskId',
      status: 200,
      prepare: async () => {
        const [id, labelId] = await Promise.all([newTask(), newLabel()]);
        return () =>
          web.http
            .patch(`${ws()}/tasks/${id}`)
            .set(auth())
            .set('If-Match', '"1"')
            .send({
              title: 'Renamed',
              priority: 'high',
              dueAt: '2026-03-06T17:00:00+01:00',
              dueTimeZone: 'Europe/Berlin',
              labelIds: [labelId],
            });
      },
    },
    {
      route: 'POST /v1/workspaces/:workspaceId/labels',
      status: 201,
      prepare: async () => {
        const name = `Created ${++labels}`;
        return () => web.http.post(`${ws()}/labels`).set(auth()).send({ name, color: '#abcdef' });
      },
    },
    {
      route: 'GET /v1/workspaces/:workspaceId/labels',
      status: 200,
      prepare: ready(() => web.http.get(`${ws()}/labels`).set(auth())),
    },
    {
      route: 'GET /v1/workspaces/:workspaceId/labels/:labelId',
      status: 200,
      prepare: async () => {
        const id = await newLabel();
        return () => web.http.get(`${ws()}/labels/${id}`).set(auth());
      },
    },
    {
      route: 'PATCH /v1/workspaces/:workspaceId/labels/:labelId',
      status: 200,
      prepare: async () => {
        const id = await newLabel();
        const name = `Renamed ${++labels}`;
        return () => web.http.patch(`${ws()}/labels/${id}`).set(auth()).send({ name });
      },
    },
    {
      route: 'DELETE /v1/workspaces/:workspaceId/labels/:labelId',
      status: 204,
      prepare: async () => {
        const id = await newLabel();
        await createTask(web, owner, projectId, { title: 'Labelled', labelIds: [id] });
        return () => web.http.delete(`${ws()}/labels/${id}`).set(auth());
      },
    },
    {
      route: 'POST /v1/workspaces/:workspaceId/tasks/:taskId/complete',
      status: 200,
      prepare: async () => {
        const id = await newTask();
        return () => web.http.post(`${ws()}/tasks/${id}/complete`).set(auth());
      },
    },
    {
      route: 'POST /v1/workspaces/:workspaceId/tasks/:taskId/reopen',
      status: 200,
      prepare: async () => {
        const id = await newTask();
        await web.http.post(`${ws()}/tasks/${id}/complete`).set(auth());
        return () => web.http.post(`${ws()}/tasks/${id}/reopen`).set(auth());
      },
    },
    {
      route: 'DELETE /v1/workspaces/:workspaceId/tasks/:taskId',
      status: 204,
      prepare: async () => {
        const id = await newTask();
        return () => web.http.delete(`${ws()}/tasks/${id}`).set(auth());
      },
    },
    {
      route: 'POST /v1/workspaces/:workspaceId/tasks/:taskId/comments',
      status: 201,
      // With a mention, so that resolving it is counted.
      prepare: ready(() =>
        web.http
          .post(`${ws()}/tasks/${taskId}/comments`)
          .set(auth())
          .send({ body: `Noted, @${owner.id}` }),
      ),
    },
    {
      route: 'GET /v1/workspaces/:workspaceId/tasks/:taskId/comments',
      status: 200,
      prepare: ready(() => web.http.get(`${ws()}/tasks/${taskId}/comments`).set(auth())),
    },
    {
      route: 'GET /v1/workspaces/:workspaceId/tasks/:taskId/comments/:commentId',
      status: 200,
      prepare: async () => {
        const id = await newComment();
        return () => web.http.get(`${ws()}/tasks/${taskId}/comments/${id}`).set(auth());
      },
    },
    {
      route: 'PATCH /v1/workspaces/:workspaceId/tasks/:taskId/comments/:commentId',
      status: 200,
      prepare: async () => {
        const id = await newComment();
        return () =>
          web.http
            .patch(`${ws()}/tasks/${taskId}/comments/${id}`)
            .set(auth())
            .send({ body: `Edited, @${owner.id}` });
      },
    },
    {
      route: 'DELETE /v1/workspaces/:workspaceId/tasks/:taskId/comments/:commentId',
      status: 204,
      prepare: async () => {
        const id = await newComment();
        return () => web.http.delete(`${ws()}/tasks/${taskId}/comments/${id}`).set(auth());
      },
    },
    {
      route: 'GET /v1/workspaces/:workspaceId/tasks/:taskId/attachments',
      status: 200,
      prepare: ready(() => web.http.get(`${ws()}/tasks/${taskId}/attachments`).set(auth())),
    },
    {
      route: 'GET /v1/workspaces/:workspaceId/tasks/:taskId/files',
      status: 200,
      prepare: ready(() => web.http.get(`${ws()}/tasks/${taskId}/files`).set(auth())),
    },
    {
      route: 'POST /v1/workspaces/:workspaceId/analytics/exports',
      status: 202,
      prepare: ready(() =>
        web.http
          .post(`${ws()}/analytics/exports`)
          .set(auth())
          .send({ format: 'csv', from: '2026-01-01', to: '2026-01-31' }),
      ),
    },
    {
      route: 'GET /v1/workspaces/:workspaceId/analytics/exports/:exportId',
      status: 200,
      prepare: async () => {
        const { exportId } = await requestExport();
        return () => web.http.get(`${ws()}/analytics/exports/${exportId}`).set(auth());
      },
    },
    {
      route: 'GET /v1/jobs/:id',
      status: 200,
      prepare: async () => {
        const { jobId } = await requestExport();
        return () => web.http.get(`/v1/jobs/${jobId}`).set(auth());
      },
    },
    {
      route: 'GET /v1/workspaces/:workspaceId/analytics/reports',
      status: 200,
      prepare: ready(() => web.http.get(`${ws()}/analytics/reports`).set(auth())),
    },
    {
      route: 'GET /v1/workspaces/:workspaceId/analytics/activity',
      status: 200,
      prepare: ready(() => web.http.get(`${ws()}/analytics/activity`).set(auth())),
    },
    {
      route: 'GET /v1/workspaces/:workspaceId/analytics/activity-log',
      status: 200,
      prepare: ready(() =>
        web.http.get(`${ws()}/analytics/activity-log?limit=5&actorId=${owner.id}`).set(auth()),
      ),
    },
    {
      route: 'GET /v1/billing/quote',
      status: 200,
      prepare: ready(() => web.http.get('/v1/billing/quote?plan=team&currency=USD').set(auth())),
    },
    {
      route: 'GET /v1/workspaces/:workspaceId/onboarding',
      status: 200,
      prepare: ready(() => web.http.get(`${ws()}/onboarding`).set(auth())),
    },
    {
      route: 'GET /v1/workspaces/:workspaceId/webhooks/endpoints',
      status: 200,
      prepare: ready(() => web.http.get(`${ws()}/webhooks/endpoints`).set(auth())),
    },
    {
      route: 'GET /metrics',
      status: 200,
      prepare: ready(() =>
        web.http.get('/metrics').set('Authorization', adminAuthorization(config)),
      ),
    },
    {
      route: 'GET /v1/admin/jobs/dead',
      status: 200,
      prepare: ready(() =>
        web.http.get('/v1/admin/jobs/dead').set('Authorization', adminAuthorization(config)),
      ),
    },
    {
      route: 'POST /v1/auth/logout-everywhere',
      status: 204,
      prepare: async () => {
        // Its own user: this ends every session of the user, the owner's token included.
        const { token } = await signUp(web.http, 'budget-everywhere');
        return () => web.http.post('/v1/auth/logout-everywhere').set(bearer(token));
      },
    },
    {
      route: 'POST /v1/auth/password-reset',
      status: 202,
      prepare: ready(() => web.http.post('/v1/auth/password-reset').send({ email: owner.email })),
    },
    {
      route: 'POST /v1/workspaces',
      status: 201,
      prepare: ready(() => web.http.post('/v1/workspaces').set(auth()).send({ name: 'Another' })),
    },
    {
      route: 'PATCH /v1/workspaces/:workspaceId',
      status: 200,
      prepare: ready(() => web.http.patch(ws()).set(auth()).send({ name: 'Renamed' })),
    },
    {
      route: 'POST /v1/workspaces/:workspaceId/invitations',
      status: 201,
      prepare: async () => {
        const email = uniqueEmail('budget-invitee');
        return () =>
          web.http.post(`${ws()}/invitations`).set(auth()).send({ email, role: 'member' });
      },
    },
    {
      route: 'DELETE /v1/workspaces/:workspaceId/invitations/:invitationId',
      status: 204,
      prepare: async () => {
        const invited = await web.http
          .post(`${ws()}/invitations`)
          .set(auth())
          .send({ email: uniqueEmail('budget-revoked'), role: 'member' });
        return () => web.http.delete(`${ws()}/invitations/${invited.body.id}`).set(auth());
      },
    },
    {
      // A real change under If-Match (a repeat would be the cheaper no-op).
      route: 'PATCH /v1/workspaces/:workspaceId/projects/:projectId',
      status: 200,
      prepare: async () => {
        const { id } = await createProject(web, owner, { name: 'To rename' });
        return () =>
          web.http
            .patch(`${ws()}/projects/${id}`)
            .set(auth())
            .set('If-Match', '"1"')
            .send({ name: 'Renamed' });
      },
    },
    {
      route: 'POST /v1/workspaces/:workspaceId/projects/:projectId/archive',
      status: 200,
      prepare: async () => {
        const { id } = await createProject(web, owner, { name: 'To archive' });
        return () => web.http.post(`${ws()}/projects/${id}/archive`).set(auth());
      },
    },
    {
      route: 'POST /v1/workspaces/:workspaceId/projects/:projectId/unarchive',
      status: 200,
      prepare: async () => {
        const { id } = await createProject(web, owner, { name: 'To unarchive' });
        await web.http.post(`${ws()}/projects/${id}/archive`).set(auth());
        return () => web.http.post(`${ws()}/projects/${id}/unarchive`).set(auth());
      },
    },
    {
      route: 'DELETE /v1/workspaces/:workspaceId/projects/:projectId',
      status: 204,
      prepare: async () => {
        const { id } = await createProject(web, owner, { name: 'To delete' });
        await createTask(web, owner, id, { title: 'Goes with it' });
        await web.http.post(`${ws()}/projects/${id}/archive`).set(auth());
        return () => web.http.delete(`${ws()}/projects/${id}`).set(auth());
      },
    },
    {
      route: 'POST /v1/workspaces/:workspaceId/tasks/:taskId/move',
      status: 200,
      prepare: async () => {
        const id = await newTask();
        const target = await createProject(web, owner, { name: 'Move target' });
        return () =>
          web.http.post(`${ws()}/tasks/${id}/move`).set(auth()).send({ projectId: target.id });
      },
    },
    {
      route: 'PUT /v1/workspaces/:workspaceId/tasks/:taskId/assignee',
      status: 200,
      prepare: ready(() =>
        web.http.put(`${ws()}/tasks/${taskId}/assignee`).set(auth()).send({ assigneeId: owner.id }),
      ),
    },
    {
      route: 'POST /v1/workspaces/:workspaceId/tasks/:taskId/attachments',
      status: 201,
      prepare: ready(() =>
        web.http
          .post(`${ws()}/tasks/${taskId}/attachments`)
          .set(auth())
          .send({ fileName: 'budget.png', contentType: 'image/png', size: 1000 }),
      ),
    },
    {
      route: 'GET /v1/workspaces/:workspaceId/tasks/:taskId/attachments/:attachmentId',
      status: 200,
      prepare: async () => {
        const id = await announceAttachment();
        return () => web.http.get(`${ws()}/tasks/${taskId}/attachments/${id}`).set(auth());
      },
    },
    {
      route: 'GET /v1/workspaces/:workspaceId/tasks/:taskId/files/:fileId',
      status: 200,
      prepare: async () => {
        const id = await announceAttachment();
        return () => web.http.get(`${ws()}/tasks/${taskId}/files/${id}`).set(auth());
      },
    },
    {
      route: 'DELETE /v1/workspaces/:workspaceId/tasks/:taskId/attachments/:attachmentId',
      status: 204,
      prepare: async () => {
        const id = await announceAttachment();
        return () => web.http.delete(`${ws()}/tasks/${taskId}/attachments/${id}`).set(auth());
      },
    },
    {
      route: 'POST /v1/workspaces/:workspaceId/digests',
      status: 202,
      prepare: ready(() => web.http.post(`${ws()}/digests`).set(auth()).send({})),
    },
    {
      route: 'PUT /v1/workspaces/:workspaceId/digests/subscription',
      status: 200,
      prepare: ready(() =>
        web.http.put(`${ws()}/digests/subscription`).set(auth()).send({ subscribed: true }),
      ),
    },
    {
      route: 'GET /v1/workspaces/:workspaceId/integrations/slack',
      status: 200,
      prepare: ready(() => web.http.get(`${ws()}/integrations/slack`).set(auth())),
    },
    {
      route: 'PATCH /v1/workspaces/:workspaceId/onboarding',
      status: 200,
      prepare: ready(() => web.http.patch(`${ws()}/onboarding`).set(auth()).send({})),
    },
    {
      route: 'POST /v1/system/heartbeats',
      status: 202,
      prepare: ready(() =>
        web.http
          .post('/v1/system/heartbeats')
          .set('Authorization', adminAuthorization(config))
          .send({ holdMs: 0 }),
      ),
    },
    {
      route: 'GET /v1/system/heartbeats/:id',
      status: 200,
      prepare: async () => {
        const started = await web.http
          .post('/v1/system/heartbeats')
          .set('Authorization', adminAuthorization(config))
          .send({ holdMs: 0 });
        const id = String(started.body.id ?? started.body.jobId);
        return () =>
          web.http
            .get(`/v1/system/heartbeats/${id}`)
            .set('Authorization', adminAuthorization(config));
      },
    },
    {
      route: 'ALL /*',
      status: 404,
      prepare: ready(() => web.http.get('/v1/no-such-route').set(auth())),
    },
    { route: 'ALL /', status: 404, prepare: ready(() => web.http.get('/')) },
    {
      route: 'PUT /v1/auth/password',
      status: 204,
      prepare: async () => {
        const user = await signUp(web.http, 'budget-password');
        return () =>
          web.http
            .put('/v1/auth/password')
            .set(bearer(user.token))
            .send({ currentPassword: PASSWORD, newPassword: 'mauve-heron-77-desk' });
      },
    },
    {
      route: 'POST /v1/auth/verify-email/resend',
      status: 202,
      prepare: ready(() =>
        web.http.post('/v1/auth/verify-email/resend').send({ email: owner.email }),
      ),
    },
    {
      route: 'PUT /v1/workspaces/:workspaceId/members/:userId/role',
      status: 204,
      prepare: async () => {
        const member = await joinAs(web, owner, 'member');
        return () =>
          web.http.put(`${ws()}/members/${member.id}/role`).set(auth()).send({ role: 'viewer' });
      },
    },
    {
      route: 'DELETE /v1/workspaces/:workspaceId/members/:userId',
      status: 204,
      prepare: async () => {
        const member = await joinAs(web, owner, 'member');
        return () => web.http.delete(`${ws()}/members/${member.id}`).set(auth());
      },
    },
    {
      route: 'POST /v1/workspaces/:workspaceId/leave',
      status: 204,
      prepare: async () => {
        const member = await joinAs(web, owner, 'member');
        return () => web.http.post(`${ws()}/leave`).set(bearer(member.token));
      },
    },
    {
      route: 'POST /v1/workspaces/:workspaceId/webhooks/endpoints',
      status: 201,
      prepare: ready(() =>
        web.http
          .post(`${ws()}/webhooks/endpoints`)
          .set(auth())
          .send({ url: PUBLIC_URL, eventTypes: ['projects.task.completed.v1'] }),
      ),
    },
    {
      route: 'GET /v1/workspaces/:workspaceId/webhooks/endpoints/:endpointId',
      status: 200,
      prepare: async () => {
        const id = await sharedEndpoint();
        return () => web.http.get(`${ws()}/webhooks/endpoints/${id}`).set(auth());
      },
    },
    {
      route: 'PATCH /v1/workspaces/:workspaceId/webhooks/endpoints/:endpointId',
      status: 200,
      prepare: async () => {
        const id = await sharedEndpoint();
        return () =>
          web.http.patch(`${ws()}/webhooks/endpoints/${id}`).set(auth()).send({ enabled: true });
      },
    },
    {
      route: 'POST /v1/workspaces/:workspaceId/webhooks/endpoints/:endpointId/rotate-secret',
      status: 200,
      prepare: async () => {
        const id = await sharedEndpoint();
        return () => web.http.post(`${ws()}/webhooks/endpoints/${id}/rotate-secret`).set(auth());
      },
    },
    {
      route: 'GET /v1/workspaces/:workspaceId/webhooks/endpoints/:endpointId/deliveries',
      status: 200,
      prepare: async () => {
        const id = await sharedEndpoint();
        return () => web.http.get(`${ws()}/webhooks/endpoints/${id}/deliveries`).set(auth());
      },
    },
    {
      route: 'POST /v1/workspaces/:workspaceId/webhooks/endpoints/:endpointId/test',
      status: 202,
      prepare: async () => {
        const id = await sharedEndpoint();
        return () => web.http.post(`${ws()}/webhooks/endpoints/${id}/test`).set(auth());
      },
    },
    {
      route: 'DELETE /v1/workspaces/:workspaceId/webhooks/endpoints/:endpointId',
      status: 204,
      prepare: async () => {
        const id = await newEndpoint();
        return () => web.http.delete(`${ws()}/webhooks/endpoints/${id}`).set(auth());
      },
    },
    {
      route: 'PUT /v1/workspaces/:workspaceId/integrations/slack',
      status: 200,
      prepare: ready(() =>
        web.http
          .put(`${ws()}/integrations/slack`)
          .set(auth())
          .send({ webhookUrl: 'https://hooks.slack.com/services/T0/B0/budget' }),
      ),
    },
    {
      route: 'POST /v1/workspaces/:workspaceId/tasks/:taskId/attachments/:attachmentId/complete',
      status: 202,
      prepare: async () => {
        const bytes = await pngOf(8, 8);
        const ticket = await web.http
          .post(`${ws()}/tasks/${taskId}/attachments`)
          .set(auth())
          .send({ fileName: 'budget.png', contentType: 'image/png', size: bytes.length });
        const put = await fetch(ticket.body.uploadUrl, {
          method: 'PUT',
          headers: ticket.body.uploadHeaders,
          body: bytes,
        });
        if (put.status !== 200) throw new Error(`PUT to S3: ${put.status}`);
        return () =>
          web.http
            .post(`${ws()}/tasks/${taskId}/attachments/${ticket.body.id}/complete`)
            .set(auth());
      },
    },
    {
      route: 'DELETE /v1/workspaces/:workspaceId/integrations/slack',
      status: 204,
      prepare: ready(() => web.http.delete(`${ws()}/integrations/slack`).set(auth())),
    },
  ];

  async function drive(one: Drive): Promise<Tally> {
    let tally: Tally | undefined;
    for (const pass of ['warm-up', 'measured']) {
      const send = await one.prepare();
      const measured = await counter.measure(() => Promise.resolve(send()));
      if (measured.result.status !== one.status)
        throw new Error(
          `${one.route} (${pass}): expected ${one.status}, got ${measured.result.status} ${measured.result.text}`,
        );
      tally = measured.tally;
    }
    return tally as Tally;
  }

  const budgetOf = (route: string): RoundTripBudget => {
    const budget = REQUEST_BUDGET[route];
    if (!budget) throw new Error(`${route} has no entry in REQUEST_BUDGET`);
    if ('unbudgeted' in budget) throw new Error(`${route} is driven here but marked unbudgeted`);
    return budget;
  };

  it('sees nothing while no request is in flight (so a window counts only its request)', async () => {
    const { tally } = await counter.measure(() => Promise.resolve(), 600);
    expect(tally).toEqual({ redis: [], sql: [] });
  });

  it.each(drives.map((one) => [one.route, one] as const))('%s', async (route, one) => {
    const tally = await drive(one);
    if (process.env.REQUEST_BUDGET_PRINT)
      process.stdout.write(`${route}: ${JSON.stringify(tally)}\n`);
    expect(overBudget(route, budgetOf(route), tally)).toEqual([]);
  });

  describe('the table', () => {
    const ownRoutes = () =>
      [...registered].filter(
        (route) => !UNBUDGETED_PREFIXES.some((prefix) => route.split(' ')[1].startsWith(prefix)),
      );

    it('has an entry for every route the app registers (new routes get a budget)', () => {
      expect(ownRoutes().filter((route) => !(route in REQUEST_BUDGET))).toEqual([]);
    });

    it('names only routes the app registers', () => {
      expect(Object.keys(REQUEST_BUDGET).filter((route) => !registered.has(route))).toEqual([]);
    });

    it('drives every route it budgets', () => {
      const driven = new Set(drives.map((one) => one.route));
      const undriven = Object.entries(REQUEST_BUDGET)
        .filter(([route, budget]) => !('unbudgeted' in budget) && !driven.has(route))
        .map(([route]) => route);
      expect(undriven).toEqual([]);
    });
  });

  describe('can fail', () => {
    const live = drives.find((one) => one.route === 'GET /health/live') as Drive;

    /** Runs `extra` before the app sees each request: what a new global hook would add. */
    async function withGlobalHook<T>(extra: () => Promise<unknown>, work: () => Promise<T>) {
      const server = web.app.getHttpServer() as Server;
      const listeners = server.listeners('request') as ((...args: unknown[]) => void)[];
      server.removeAllListeners('request');
      server.on('request', (...args: unknown[]) => {
        void extra().then(() => listeners.forEach((listener) => listener.apply(server, args)));
      });
      try {
        return await work();
      } finally {
        server.removeAllListeners('request');
        listeners.forEach((listener) => server.on('request', listener));
      }
    }

    it('reports a route over budget when a global hook adds one Redis GET', async () => {
      const redis = web.app.get<Redis>(REDIS);
      const tally = await withGlobalHook(
        () => redis.get('request-budget-probe'),
        () => drive(live),
      );
      expect(overBudget(live.route, budgetOf(live.route), tally)).toEqual([
        'GET /health/live: 1 Redis round trips, budget 0: GET',
      ]);
    });

    it('reports a route over budget when a global hook adds one SELECT', async () => {
      const db = web.app.get(DataSource);
      const tally = await withGlobalHook(
        () => db.query('SELECT 1'),
        () => drive(live),
      );
      expect(overBudget(live.route, budgetOf(live.route), tally)).toEqual([
        'GET /health/live: 1 SQL statements, budget 0:\n  SELECT 1',
      ]);
    });

    it('counts a pipeline as one round trip, naming its commands', async () => {
      const redis = web.app.get<Redis>(REDIS);
      const { tally } = await counter.measure(() =>
        redis.pipeline().get('request-budget-a').get('request-budget-b').exec(),
      );
      expect(tally.redis).toEqual(['pipeline(GET GET)']);
    });
  });
});
