import { randomUUID } from 'node:crypto';

import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';

import type { IntegrationEvent } from '../../src/common/contracts/integration-event';
import { newEventMetadata } from '../../src/common/correlation/new-event-metadata';
import { encodeCursor } from '../../src/common/pagination/keyset-cursor';
import { EventOutbox } from '../../src/infrastructure/events/event-outbox';
import { EventTransport } from '../../src/infrastructure/events/event-transport';
import { AttachmentReadyV1 } from '../../src/modules/media/contracts/attachment-ready.event';
import { SlackConnectedV1 } from '../../src/modules/notifications/contracts/slack-connected.event';
import { CommentCreatedV1 } from '../../src/modules/projects/contracts/comment-created.event';
import { LabelUpdatedV1 } from '../../src/modules/projects/contracts/label-updated.event';
import {
  PRUNE_ACTIVITY_LOG_EVERY_MS,
  PRUNE_ACTIVITY_LOG_JOB,
  PRUNE_ACTIVITY_LOG_SCHEDULER,
} from '../../src/modules/analytics/application/prune-activity-log-job';
import { bearer, signUp, type SignedInUser } from '../harness/accounts';
import { createProject, createTask, workspacePath } from '../projects/support/projects-api';
import { joinAs, signUpOwner } from '../projects/support/projects-world';
import { testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { WorkerAppUnderTest } from '../support/worker-app-under-test';

interface Entry {
  id: string;
  occurredAt: string;
  actorId: string | null;
  kind: string;
  subject: { type: string; id: string };
  projectId: string | null;
  taskId: string | null;
  summary: Record<string, unknown>;
}
interface Page {
  items: Entry[];
  nextCursor: string | null;
}

/**
 * The workspace activity log (docs/ANALYTICS.md, "Activity log"): producers act through the API,
 * the worker's analytics.activity-log consumer writes entries, the web lists them.
 */
describe('the activity log', () => {
  // Retention of 3 days, not the default 180: the test proves the configured value is the one used.
  const config = testConfig({ RATE_LIMIT_PER_MINUTE: '100000', ACTIVITY_LOG_RETENTION_DAYS: '3' });
  let web: WebAppUnderTest;
  let worker: WorkerAppUnderTest;
  let db: DataSource;
  let owner: SignedInUser;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(config);
    worker = await WorkerAppUnderTest.start(config);
    db = web.app.get(DataSource);
    owner = await signUpOwner(web, 'activity-log');
  });
  afterAll(async () => {
    await worker?.close();
    await web?.close();
  });

  const logPath = (workspaceId: string, query = '') =>
    `${workspacePath(workspaceId)}/analytics/activity-log${query}`;
  const list = async (user: SignedInUser, query = '', workspaceId = user.workspaceId) => {
    const response = await web.http.get(logPath(workspaceId, query)).set(bearer(user.token));
    expect([query, response.status, response.body]).toEqual([query, 200, expect.anything()]);
    return response.body as Page;
  };
  /** Waits until the log (first page of 100, filtered by `query`) satisfies `ok`. */
  const logWhere = (what: string, ok: (items: Entry[]) => boolean, query = '', user = owner) =>
    waitFor(`the log to show ${what}`, async () => {
      const { items } = await list(user, `?limit=100${query}`);
      return ok(items) ? items : undefined;
    });
  const publish = (event: IntegrationEvent) =>
    db.transaction((manager) => web.app.get(EventOutbox).publish(manager, event));
  const api = (path: string) => `${workspacePath(owner.workspaceId)}${path}`;

  let projectId: string;
  let taskId: string;

  it('tells what members did through the API, newest first, with readable summaries', async () => {
    const project = await createProject(web, owner, { name: 'Launch' });
    projectId = project.id;
    const task = await createTask(web, owner, projectId, { title: 'Ship it' });
    taskId = task.id;
    const assigned = await web.http
      .put(api(`/tasks/${taskId}/assignee`))
      .set(bearer(owner.token))
      .send({ assigneeId: owner.id });
    expect(assigned.status).toBe(200);
    expect(
      (await web.http.post(api(`/tasks/${taskId}/complete`)).set(bearer(owner.token))).status,
    ).toBe(200);

    const items = await logWhere('the completion', (all) =>
      all.some((entry) => entry.kind === 'task.completed'),
    );
    const told = items.map(({ kind, actorId, subject, projectId: p, taskId: t, summary }) => ({
      kind,
      actorId,
      subject,
      projectId: p,
      taskId: t,
      summary,
    }));
    expect(told.slice(0, 4)).toEqual([
      {
        kind: 'task.completed',
        actorId: owner.id,
        subject: { type: 'task', id: taskId },
        projectId,
        taskId,
        // The title comes from the task's earlier entries: the event has none.
        summary: { title: 'Ship it', assigneeId: owner.id },
      },
      {
        kind: 'task.assigned',
        actorId: owner.id,
        subject: { type: 'task', id: taskId },
        projectId,
        taskId,
        summary: { title: 'Ship it', assignee: { from: null, to: owner.id } },
      },
      {
        kind: 'task.created',
        actorId: owner.id,
        subject: { type: 'task', id: taskId },
        projectId,
        taskId,
        summary: { title: 'Ship it', assigneeId: null },
      },
      {
        kind: 'project.created',
        actorId: owner.id,
        subject: { type: 'project', id: projectId },
        projectId,
        taskId: null,
        summary: { name: 'Launch' },
      },
    ]);
    const order = items.map((entry) => `${entry.occurredAt} ${entry.id}`);
    expect([...order].sort().reverse()).toEqual(order);
    // Each entry is its event: same id, same instant as in the outbox.
    const [completed] = await db.query(
      `SELECT event FROM messaging.outbox WHERE type = 'projects.task.completed.v1'
          AND event->>'workspaceId' = $1`,
      [owner.workspaceId],
    );
    expect(items[0]).toMatchObject({
      id: completed.event.id,
      occurredAt: new Date(completed.event.occurredAt).toISOString(),
    });
  });

  it('adds nothing when an event is delivered again', async () => {
    const [row] = await db.query(
      `SELECT event FROM messaging.outbox WHERE type = 'projects.task.completed.v1'
          AND event->>'workspaceId' = $1`,
      [owner.workspaceId],
    );
    const before = await list(owner, '?limit=100');
    const transport = worker.app.get(EventTransport);
    await transport.deliver(row.event);
    await transport.deliver(row.event);
    // Past the inbox too: the entry's primary key is the event id.
    await db.query(
      `DELETE FROM messaging.inbox WHERE consumer = 'analytics.activity-log' AND event_id = $1`,
      [row.event.id],
    );
    await transport.deliver(row.event);
    expect((await list(owner, '?limit=100')).items).toEqual(before.items);
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM analytics.activity_log WHERE event_id = $1`,
      [row.event.id],
    );
    expect(n).toBe(1);
  });

  it('shows events of other modules with no secret and no whole comment', async () => {
    const at = newEventMetadata(owner.workspaceId, owner.id);
    const body = `The launch code is ${'x'.repeat(3000)} — keep it quiet`;
    const comment = new CommentCreatedV1(
      {
        commentId: randomUUID(),
        taskId,
        projectId,
        authorId: owner.id,
        body,
        mentionedUserIds: [],
      },
      at,
    );
    const slack = new SlackConnectedV1(
      { connectionId: randomUUID() },
      newEventMetadata(owner.workspaceId, owner.id),
    );
    const label = new LabelUpdatedV1(
      {
        labelId: randomUUID(),
        name: 'urgent',
        color: '#ff0000',
        changes: { name: { from: 'hot', to: 'urgent' } },
      },
      newEventMetadata(owner.workspaceId, owner.id),
    );
    const attachment = new AttachmentReadyV1(
      {
        attachmentId: randomUUID(),
        taskId,
        fileName: 'plan.png',
        contentType: 'image/png',
        size: 1234,
        original: { width: 10, height: 10 },
        thumbnail: { width: 5, height: 5 },
        preview: { width: 8, height: 8 },
      },
      newEventMetadata(owner.workspaceId, owner.id),
    );
    for (const event of [comment, slack, label, attachment]) await publish(event);

    const items = await logWhere('the four events', (all) =>
      [comment, slack, label, attachment].every((event) => all.some((e) => e.id === event.id)),
    );
    const byId = new Map(items.map((entry) => [entry.id, entry]));
    const commented = byId.get(comment.id)!;
    expect(commented).toMatchObject({ kind: 'comment.created', projectId, taskId });
    const excerpt = commented.summary.excerpt as string;
    expect(excerpt.startsWith('The launch code is xxx')).toBe(true);
    expect(Array.from(excerpt)).toHaveLength(120);
    expect(JSON.stringify(commented)).not.toContain('keep it quiet');
    expect(byId.get(slack.id)).toMatchObject({
      kind: 'slack.connected',
      subject: { type: 'slack-connection', id: slack.payload.connectionId },
      summary: {},
    });
    expect(byId.get(label.id)?.summary).toEqual({
      name: 'urgent',
      color: '#ff0000',
      changes: { name: { from: 'hot', to: 'urgent' } },
    });
    // The event names only the task: the project comes from the task's earlier entries.
    expect(byId.get(attachment.id)).toMatchObject({
      kind: 'attachment.ready',
      projectId,
      taskId,
      summary: { fileName: 'plan.png', contentType: 'image/png', size: 1234 },
    });
  });

  it('pages with cursors while new entries arrive: no duplicates, no gaps', async () => {
    const project = await createProject(web, owner, { name: 'Paging' });
    for (let i = 0; i < 7; i += 1) await createTask(web, owner, project.id, { title: `p${i}` });
    const filter = `&projectId=${project.id}`;
    const snapshot = await logWhere(
      'eight entries of the project',
      (all) => all.length === 8,
      filter,
    );

    const seen: Entry[] = [];
    let page = await list(owner, `?limit=3${filter}`);
    seen.push(...page.items);
    let arrivals = 0;
    while (page.nextCursor !== null) {
      // Newer entries land while the reader pages: they belong before page one, never in between.
      await createTask(web, owner, project.id, { title: `late${arrivals}` });
      arrivals += 1;
      await logWhere(`late task ${arrivals}`, (all) => all.length === 8 + arrivals, filter);
      page = await list(owner, `?limit=3${filter}&cursor=${page.nextCursor}`);
      seen.push(...page.items);
    }
    expect(seen.map((entry) => entry.id)).toEqual(snapshot.map((entry) => entry.id));
    expect(arrivals).toBe(2);
    expect(page.items).toHaveLength(2);
  });

  it('filters by actor, project, task and time window', async () => {
    const member = await joinAs(web, owner, 'member', 'log-member');
    const other = await createProject(web, owner, { name: 'Other' });
    const theirs = await createTask(web, member, other.id, { title: 'Theirs' });

    const byMember = await logWhere(
      "the member's task",
      (all) => all.length === 1,
      `&actorId=${member.id}`,
    );
    expect(byMember.map((e) => [e.kind, e.taskId])).toEqual([['task.created', theirs.id]]);

    const inOther = (await list(owner, `?projectId=${other.id}`)).items;
    expect(inOther.map((e) => e.kind)).toEqual(['task.created', 'project.created']);
    expect(inOther.every((e) => e.projectId === other.id)).toBe(true);

    const aboutTask = (await list(owner, `?taskId=${taskId}`)).items;
    // The comment and the attachment may share an instant: then the event id orders them.
    expect(
      aboutTask
        .slice(0, 2)
        .map((e) => e.kind)
        .sort(),
    ).toEqual(['attachment.ready', 'comment.created']);
    expect(aboutTask.slice(2).map((e) => e.kind)).toEqual([
      'task.completed',
      'task.assigned',
      'task.created',
    ]);
    expect(aboutTask.every((e) => e.taskId === taskId)).toBe(true);

    const all = (await list(owner, '?limit=100')).items;
    const pivot = all[5].occurredAt;
    const before = (await list(owner, `?limit=100&before=${pivot}`)).items;
    const after = (await list(owner, `?limit=100&after=${pivot}`)).items;
    expect(before.map((e) => e.id)).toEqual(
      all.filter((e) => e.occurredAt < pivot).map((e) => e.id),
    );
    expect(after.map((e) => e.id)).toEqual(
      all.filter((e) => e.occurredAt >= pivot).map((e) => e.id),
    );
    // An offset is the same instant.
    const shifted = new Date(pivot).toISOString().replace('Z', '+00:00');
    const sameAfter = (await list(owner, `?limit=100&after=${encodeURIComponent(shifted)}`)).items;
    expect(sameAfter.map((e) => e.id)).toEqual(after.map((e) => e.id));
  });

  it('is readable by a viewer; a non-member gets 404 and another tenant never sees it', async () => {
    const viewer = await joinAs(web, owner, 'viewer', 'log-viewer');
    expect((await list(viewer, '?limit=5')).items).toHaveLength(5);

    const outsider = await signUp(web.http, 'log-outsider');
    const refused = await web.http.get(logPath(owner.workspaceId)).set(bearer(outsider.token));
    expect(refused.status).toBe(404);

    // Their own log holds only their workspace, whatever the filters or cursor point at.
    await waitFor("the outsider's own sign-up entry", async () =>
      (await list(outsider)).items.length === 1 ? true : undefined,
    );
    const own = await list(outsider, '?limit=100');
    expect(own.items.map((e) => e.kind)).toEqual(['member.joined']);
    expect((await list(outsider, `?projectId=${projectId}`)).items).toEqual([]);
    expect((await list(outsider, `?actorId=${owner.id}`)).items).toEqual([]);
    const ownersPage = await list(owner, '?limit=1');
    const throughCursor = await list(outsider, `?cursor=${ownersPage.nextCursor}`);
    expect(throughCursor.items.every((e) => own.items.some((mine) => mine.id === e.id))).toBe(true);
  });

  it('refuses bad input with 400 naming the field', async () => {
    const cases: [string, string][] = [
      ['?cursor=nonsense', 'cursor'],
      [`?cursor=${encodeCursor('tasks', ['x', 'y'])}`, 'cursor'],
      [`?cursor=${encodeCursor('activity-log', ['2026-12-03T10:00:00Z', 'x'])}`, 'cursor'],
      [`?cursor=${'A'.repeat(600)}`, 'cursor'],
      ['?before=yesterday', 'before'],
      ['?before=2026-12-03', 'before'],
      ['?after=2026-12-03T10:00:00', 'after'],
      ['?after=2026-13-01T00:00:00Z', 'after'],
      ['?after=2026-12-03T10:00:00Z%00', 'after'],
      ['?actorId=not-a-uuid', 'actorId'],
      ['?projectId=1', 'projectId'],
      ['?taskId=%00', 'taskId'],
      ['?limit=0', 'limit'],
      ['?limit=101', 'limit'],
      ['?unknown=1', 'unknown'],
    ];
    for (const [query, field] of cases) {
      const response = await web.http
        .get(logPath(owner.workspaceId, query))
        .set(bearer(owner.token));
      expect([query, response.status]).toEqual([query, 400]);
      expect([query, JSON.stringify(response.body)]).toEqual([
        query,
        expect.stringContaining(field),
      ]);
    }
    const bad = await web.http
      .get(logPath(owner.workspaceId, '?cursor=nonsense'))
      .set(bearer(owner.token));
    expect(bad.body).toMatchObject({ type: 'urn:tenfold:problem:invalid-cursor' });
  });

  describe('retention', () => {
    const queue = () => web.app.get<Queue>(getQueueToken('reports'));
    const age = (eventId: string, days: number) =>
      db.query(
        `UPDATE analytics.activity_log SET occurred_at = now() - make_interval(days => $2)
          WHERE event_id = $1`,
        [eventId, days],
      );
    const exists = async (eventId: string) =>
      (await db.query(`SELECT 1 FROM analytics.activity_log WHERE event_id = $1`, [eventId]))
        .length === 1;

    it('the worker keeps one Job Scheduler for it on the reports queue', async () => {
      expect(await queue().getJobScheduler(PRUNE_ACTIVITY_LOG_SCHEDULER)).toMatchObject({
        key: PRUNE_ACTIVITY_LOG_SCHEDULER,
        name: PRUNE_ACTIVITY_LOG_JOB,
        every: PRUNE_ACTIVITY_LOG_EVERY_MS,
      });
      const schedulers = await queue().getJobSchedulers();
      expect(schedulers.filter((s) => s.name === PRUNE_ACTIVITY_LOG_JOB)).toHaveLength(1);
    });

    it('a run deletes entries older than ACTIVITY_LOG_RETENTION_DAYS, and only those', async () => {
      const items = (await list(owner, '?limit=100')).items;
      const [expired, alsoExpired, kept] = items.slice(-3).map((e) => e.id);
      await age(expired, 4);
      await age(alsoExpired, 30);
      await age(kept, 2);
      const total = items.length;

      const job = await queue().add(PRUNE_ACTIVITY_LOG_JOB, {});
      const done = await waitFor(`job ${job.id} to finish`, async () => {
        const current = await queue().getJob(job.id!);
        return current?.finishedOn ? current : undefined;
      });
      expect(done.failedReason).toBeUndefined();
      expect(done.returnvalue).toEqual({ removed: 2 });

      expect([await exists(expired), await exists(alsoExpired), await exists(kept)]).toEqual([
        false,
        false,
        true,
      ]);
      expect((await list(owner, '?limit=100')).items).toHaveLength(total - 2);
    });
  });
});
