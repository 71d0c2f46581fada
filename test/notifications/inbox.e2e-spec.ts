import { randomBytes, randomUUID } from 'node:crypto';

import { Client } from 'pg';

import { newEventMetadata } from '../../src/common/correlation/new-event-metadata';
import { invitationTokenHash } from '../../src/modules/identity/domain/invitation-token';
import { CommentCreatedV1 } from '../../src/modules/projects/contracts/comment-created.event';
import { CommentEditedV1 } from '../../src/modules/projects/contracts/comment-edited.event';
import {
  DIGEST_UNREAD_ITEMS,
  type DigestUnreadItems,
} from '../../src/modules/notifications/application/digest-unread-items';
import { unreadDigestItemsOfMembers } from '../../src/modules/notifications/persistence/digest-inbox.read';
import { bearer, signUp, type SignedInUser } from '../harness/accounts';
import { testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { WorkerAppUnderTest } from '../support/worker-app-under-test';
import { InboxWorld, type Owner } from './support/inbox-world';

/**
 * Personal notifications end to end: events from the real producers (tasks through the API, an
 * invitation accepted through the API; comments, built elsewhere, published through the outbox),
 * the worker's consumers, and the /v1/me/notifications routes.
 */
describe('personal notifications', () => {
  const config = testConfig({ RATE_LIMIT_PER_MINUTE: '100000' });
  let web: WebAppUnderTest;
  let worker: WorkerAppUnderTest;
  let world: InboxWorld;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(config);
    worker = await WorkerAppUnderTest.start(config);
    world = new InboxWorld(web);
  });
  afterAll(async () => {
    await worker?.close();
    await web?.close();
  });

  const newOwner = async (label: string): Promise<Owner> => {
    const owner = await signUp(web.http, label);
    const project = await web.http
      .post(`/v1/workspaces/${owner.workspaceId}/projects`)
      .set(bearer(owner.token))
      .send({ name: `${label} project` });
    await world.knownMember(owner.workspaceId, owner.id);
    return { ...owner, projectId: project.body.id };
  };

  const comment = (
    owner: Owner,
    taskId: string,
    authorId: string,
    mentionedUserIds: string[],
    commentId = randomUUID(),
  ) =>
    new CommentCreatedV1(
      {
        commentId,
        taskId,
        projectId: owner.projectId,
        authorId,
        body: 'Looks good',
        mentionedUserIds,
      },
      newEventMetadata(owner.workspaceId, authorId),
    );

  it('tells assignees of their tasks, never someone who assigned themselves', async () => {
    const owner = await newOwner('inbox-assign');
    const ana = await world.member(owner, 'inbox-ana');
    const created = await world.createTask(owner, 'Created for Ana', ana.id);
    const assigned = await world.createTask(owner, 'Assigned to Ana later');
    await world.act(owner, assigned, { assigneeId: ana.id });
    const own = await world.createTask(owner, 'Owner takes it');
    await world.act(owner, own, { assigneeId: owner.id });

    const items = await world.itemsOf(ana, 2);
    expect(
      items.map((i) => [i.kind, i.taskId, i.subject.taskTitle, i.workspaceId, i.actorId]),
    ).toEqual([
      ['assigned', assigned, 'Assigned to Ana later', owner.workspaceId, owner.id],
      ['assigned', created, 'Created for Ana', owner.workspaceId, owner.id],
    ]);
    expect(items.every((i) => i.readAt === null)).toBe(true);
    await world.consumed('notifications.inbox-assigned', 'projects.task.assigned.v1', own);
    expect((await world.list(owner)).items).toEqual([]);
  });

  it('tells the assignee when someone else completes or reopens their task', async () => {
    const owner = await newOwner('inbox-status');
    const ben = await world.member(owner, 'inbox-ben');
    const task = await world.createTask(owner, 'Ship it', ben.id);
    await world.itemsOf(ben, 1);
    await world.act(owner, task, 'complete');
    await world.act(owner, task, 'reopen');
    const items = await world.itemsOf(ben, 3);
    expect(items.map((i) => [i.kind, i.subject.taskTitle])).toEqual([
      ['task-reopened', 'Ship it'],
      ['task-completed', 'Ship it'],
      ['assigned', 'Ship it'],
    ]);

    // Ben completing his own task tells nobody.
    await world.act(ben, task, 'complete');
    await world.consumed('notifications.inbox-task-status', 'projects.task.completed.v1', task);
    await waitFor('both completions consumed', async () => {
      const [row] = await world.db.query(
        `SELECT count(*)::int AS n FROM messaging.outbox o
           JOIN messaging.inbox i ON i.event_id = o.event_id AND i.consumer = 'notifications.inbox-task-status'
          WHERE o.type = 'projects.task.completed.v1' AND o.event->'payload'->>'taskId' = $1`,
        [task],
      );
      return row.n === 2 ? true : undefined;
    });
    expect((await world.list(ben)).items).toHaveLength(3);
  });

  it('tells of a comment once per user, a mention winning, never the author or a non-member', async () => {
    const owner = await newOwner('inbox-comments');
    const cara = await world.member(owner, 'inbox-cara');
    const dan = await world.member(owner, 'inbox-dan');
    const outsider = await signUp(web.http, 'inbox-outsider');
    const task = await world.createTask(owner, 'Discuss', cara.id);
    await world.itemsOf(cara, 1);
    await world.consumed('notifications.inbox-tasks', 'projects.task.created.v1', task);

    // Dan comments mentioning Cara (the assignee), himself and an outsider.
    const first = comment(owner, task, dan.id, [cara.id, dan.id, outsider.id]);
    await world.publish(first);
    const caraItems = await world.itemsOf(cara, 2);
    expect(caraItems[0]).toMatchObject({
      kind: 'mention',
      commentId: first.payload.commentId,
      actorId: dan.id,
      subject: { taskTitle: 'Discuss', excerpt: 'Looks good' },
    });
    // The creator hears of the comment on their task.
    const [ownerItem] = await world.itemsOf(owner, 1);
    expect(ownerItem).toMatchObject({ kind: 'comment', commentId: first.payload.commentId });

    // An edit mentions the newly mentioned only; Cara, already told, is not told again.
    const edit = new CommentEditedV1(
      {
        ...first.payload,
        body: 'Looks good to me',
        mentionedUserIds: [cara.id, owner.id],
        newlyMentionedUserIds: [owner.id, cara.id],
      },
      newEventMetadata(owner.workspaceId, dan.id),
    );
    await world.publish(edit);
    await world.consumed('notifications.inbox-comments', 'projects.comment.edited.v1', task);
    expect((await world.list(cara)).items).toHaveLength(2);
    expect((await world.list(owner)).items).toHaveLength(1);
    expect((await world.list(dan)).items).toEqual([]);
    const [row] = await world.db.query(
      `SELECT count(*)::int AS n FROM notifications.inbox_items WHERE user_id = $1`,
      [outsider.id],
    );
    expect(row.n).toBe(0);
  });

  it('tells the inviter when their invitation is accepted', async () => {
    const owner = await newOwner('inbox-inviter');
    const invitee = await signUp(web.http, 'inbox-invitee');
    const token = randomBytes(32).toString('base64url');
    await world.db.query(
      `INSERT INTO identity.invitations (workspace_id, email, role, token_hash, invited_by, expires_at)
       VALUES ($1, $2, 'member', $3, $4, now() + interval '1 day')`,
      [owner.workspaceId, invitee.email, invitationTokenHash(token), owner.id],
    );
    await web.http
      .post('/v1/invitations/accept')
      .set(bearer(invitee.token))
      .send({ token })
      .expect(200);
    const [item] = await world.itemsOf(owner, 1);
    expect(item).toMatchObject({
      kind: 'invitation-accepted',
      workspaceId: owner.workspaceId,
      actorId: invitee.id,
      taskId: null,
      subject: { memberId: invitee.id, role: 'member' },
    });
  });

  it('does not notify a member who has left the workspace', async () => {
    const owner = await newOwner('inbox-leaver');
    const eve = await world.member(owner, 'inbox-eve');
    const task = await world.createTask(owner, 'Before leaving');
    await web.http
      .delete(`/v1/workspaces/${owner.workspaceId}/members/${eve.id}`)
      .set(bearer(owner.token))
      .expect(204);
    await waitFor('notifications to forget eve', async () => {
      const rows = await world.db.query(
        `SELECT 1 FROM notifications.digest_members WHERE workspace_id = $1 AND user_id = $2`,
        [owner.workspaceId, eve.id],
      );
      return rows.length === 0 ? true : undefined;
    });
    await world.publish(comment(owner, task, owner.id, [eve.id]));
    await world.consumed('notifications.inbox-comments', 'projects.comment.created.v1', task);
    const [row] = await world.db.query(
      `SELECT count(*)::int AS n FROM notifications.inbox_items WHERE user_id = $1`,
      [eve.id],
    );
    expect(row.n).toBe(0);
  });

  it('announces each new item on notifications_inbox at commit', async () => {
    const owner = await newOwner('inbox-notify');
    const fay = await world.member(owner, 'inbox-fay');
    const listener = new Client({ connectionString: config.database.primaryUrl });
    await listener.connect();
    const heard: string[] = [];
    listener.on('notification', (message) => heard.push(message.payload ?? ''));
    await listener.query('LISTEN notifications_inbox');
    try {
      await world.createTask(owner, 'Heard', fay.id);
      const [item] = await world.itemsOf(fay, 1);
      const payload = await waitFor('the NOTIFY of the item', () =>
        heard.map((text) => JSON.parse(text)).find((p) => p.userId === fay.id),
      );
      expect(payload).toEqual({ userId: fay.id, id: item!.id });
    } finally {
      await listener.end();
    }
  });

  describe('routes', () => {
    let owner: Owner;
    let gil: SignedInUser;
    let other: Owner;

    beforeAll(async () => {
      owner = await newOwner('inbox-routes');
      gil = await world.member(owner, 'inbox-gil');
      for (const title of ['One', 'Two', 'Three']) await world.createTask(owner, title, gil.id);
      other = await newOwner('inbox-other');
      const stranger = await world.member(other, 'inbox-stranger');
      await world.createTask(other, 'Elsewhere', stranger.id);
      await world.itemsOf(stranger, 1);
      await world.itemsOf(gil, 3);
    });

    const count = async (user: SignedInUser) => {
      const response = await web.http
        .get('/v1/me/notifications/unread-count')
        .set(bearer(user.token));
      expect(response.status).toBe(200);
      return response.body.unread;
    };

    it('pages newest first with cursors of its own list', async () => {
      const first = await world.list(gil, '?limit=2');
      expect(first.items.map((i) => i.subject.taskTitle)).toEqual(['Three', 'Two']);
      const second = await world.list(gil, `?limit=2&cursor=${first.nextCursor}`);
      expect(second.items.map((i) => i.subject.taskTitle)).toEqual(['One']);
      expect(second.nextCursor).toBeNull();

      // The unread list is another list: its cursor does not fit the full one, nor junk.
      const unread = await world.list(gil, '?limit=1&unread=true');
      for (const cursor of [unread.nextCursor, 'bm90LWEtY3Vyc29y', 'A'.repeat(600)]) {
        const response = await web.http
          .get(`/v1/me/notifications?cursor=${cursor}`)
          .set(bearer(gil.token));
        expect([cursor, response.status]).toEqual([cursor, 400]);
      }
      const bad = await web.http.get('/v1/me/notifications?unread=yes').set(bearer(gil.token));
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['unread']);
      await web.http.get('/v1/me/notifications').expect(401);
    });

    it("marks one read, answers 404 for another user's id and 400 for a malformed one", async () => {
      const [newest, middle] = (await world.list(gil)).items;
      const [strangers] = await world.db.query(
        `SELECT id::text AS id FROM notifications.inbox_items WHERE workspace_id = $1`,
        [other.workspaceId],
      );
      expect(await count(gil)).toBe(3);
      await web.http
        .post(`/v1/me/notifications/${newest!.id}/read`)
        .set(bearer(gil.token))
        .expect(204);
      await web.http
        .post(`/v1/me/notifications/${newest!.id}/read`)
        .set(bearer(gil.token))
        .expect(204);
      expect(await count(gil)).toBe(2);
      const unread = await world.list(gil, '?unread=true');
      expect(unread.items.map((i) => i.id)).toEqual([middle!.id, expect.any(String)]);

      const theirs = await web.http
        .post(`/v1/me/notifications/${strangers.id}/read`)
        .set(bearer(gil.token));
      expect([theirs.status, theirs.body.type]).toEqual([
        404,
        'urn:tenfold:problem:notification-not-found',
      ]);
      const [still] = await world.db.query(
        `SELECT read_at FROM notifications.inbox_items WHERE id = $1`,
        [strangers.id],
      );
      expect(still.read_at).toBeNull();
      for (const id of ['abc', '0', '-1', '1.5', '99999999999999999999', '1%00']) {
        const response = await web.http
          .post(`/v1/me/notifications/${id}/read`)
          .set(bearer(gil.token));
        expect([id, response.status]).toEqual([id, 400]);
      }
    });

    it('marks all read, per workspace or all, and answers how many', async () => {
      const foreign = await web.http
        .post(`/v1/me/notifications/read-all?workspaceId=${other.workspaceId}`)
        .set(bearer(gil.token));
      expect(foreign.status).toBe(404);
      const mine = await web.http
        .post(`/v1/me/notifications/read-all?workspaceId=${owner.workspaceId}`)
        .set(bearer(gil.token));
      expect([mine.status, mine.body]).toEqual([200, { marked: 2 }]);
      const again = await web.http.post('/v1/me/notifications/read-all').set(bearer(gil.token));
      expect([again.status, again.body]).toEqual([200, { marked: 0 }]);
      expect(await count(gil)).toBe(0);
      // The other workspace's member still has theirs unread.
      const [row] = await world.db.query(
        `SELECT count(*)::int AS n FROM notifications.inbox_items
          WHERE workspace_id = $1 AND read_at IS NULL`,
        [other.workspaceId],
      );
      expect(row.n).toBe(1);
    });
  });

  it('keeps nothing for a kind turned off, and keeps digest items for the weekly digest', async () => {
    const owner = await newOwner('inbox-prefs');
    const hal = await world.member(owner, 'inbox-hal');
    await web.http
      .put('/v1/me/notification-preferences')
      .set(bearer(hal.token))
      .send({ assigned: 'off', 'task-completed': 'digest' })
      .expect(200);
    const task = await world.createTask(owner, 'Quiet', hal.id);
    await world.consumed('notifications.inbox-assigned', 'projects.task.created.v1', task);
    expect((await world.list(hal)).items).toEqual([]);

    await world.act(owner, task, 'complete');
    const [item] = await world.itemsOf(hal, 1);
    expect(item!.kind).toBe('task-completed');
    const [row] = await world.db.query(
      `SELECT delivery FROM notifications.inbox_items WHERE id = $1`,
      [item!.id],
    );
    expect(row.delivery).toBe('digest');
    // The weekly digest reads it (unread, since a time), and no longer once it is read.
    const since = new Date(Date.now() - 60_000);
    const forDigest = (members: string[]) =>
      unreadDigestItemsOfMembers(world.db.manager, owner.workspaceId, members, since, 20);
    expect((await forDigest([hal.id, owner.id])).map((i) => [i.id, i.userId, i.total])).toEqual([
      [item!.id, hal.id, 1],
    ]);
    // …through the seam the worker binds for the digest mail: title and a link to the task.
    const digestItems = worker.app.get<DigestUnreadItems>(DIGEST_UNREAD_ITEMS);
    expect(
      await digestItems.unreadDigestItemsOfMembers(
        world.db.manager,
        owner.workspaceId,
        [hal.id, owner.id],
        since,
        20,
      ),
    ).toEqual(
      new Map([
        [
          hal.id,
          {
            items: [
              {
                kind: 'task-completed',
                title: 'Quiet',
                link: `/v1/workspaces/${owner.workspaceId}/tasks/${task}`,
              },
            ],
            total: 1,
          },
        ],
      ]),
    );
    await web.http.post(`/v1/me/notifications/${item!.id}/read`).set(bearer(hal.token)).expect(204);
    expect(await forDigest([hal.id])).toEqual([]);
  });
});
