import { randomUUID } from 'node:crypto';

import { DataSource } from 'typeorm';

import { bearer, signUp, uniqueEmail, type SignedInUser } from '../harness/accounts';
import type { WebAppUnderTest } from '../support/web-app-under-test';
import { commentsPath, projectAddress } from './support/comments-world';
import { createProject, createTask, workspacePath } from './support/projects-api';
import { joinAs, projectEvents, signUpOwner, startWebApp } from './support/projects-world';
import { waitFor } from '../support/wait-for';

interface Comment {
  id: string;
  taskId: string;
  authorId: string;
  body: string;
  mentionedUserIds: string[];
  createdAt: string;
  editedAt: string | null;
}

describe('comments on tasks: mentions, authors, moderation, tenancy', () => {
  let web: WebAppUnderTest;
  let db: DataSource;
  let owner: SignedInUser;
  let admin: SignedInUser;
  let member: SignedInUser;
  let colleague: SignedInUser;
  let viewer: SignedInUser;
  let projectId: string;
  let taskId: string;

  beforeAll(async () => {
    web = await startWebApp();
    db = web.app.get(DataSource);
    owner = await signUpOwner(web, 'comments-owner');
    admin = await joinAs(web, owner, 'admin');
    member = await joinAs(web, owner, 'member');
    colleague = await joinAs(web, owner, 'member', 'colleague');
    viewer = await joinAs(web, owner, 'viewer');
    for (const user of [owner, admin, member, colleague, viewer]) await projectAddress(web, user);
    projectId = (await createProject(web, owner, { name: 'Talk' })).id;
    taskId = (await createTask(web, owner, projectId, { title: 'Discuss' })).id;
  });
  afterAll(() => web?.close());

  const path = (task = taskId, workspaceId = owner.workspaceId) => commentsPath(workspaceId, task);
  const post = (user: SignedInUser, body: unknown, task = taskId) =>
    web.http
      .post(path(task))
      .set(bearer(user.token))
      .send(body as object);
  const patch = (user: SignedInUser, commentId: string, body: unknown, task = taskId) =>
    web.http
      .patch(`${path(task)}/${commentId}`)
      .set(bearer(user.token))
      .send(body as object);
  const remove = (user: SignedInUser, commentId: string, task = taskId) =>
    web.http.delete(`${path(task)}/${commentId}`).set(bearer(user.token));

  async function comment(user: SignedInUser, body: string, task = taskId): Promise<Comment> {
    const response = await post(user, { body }, task);
    if (response.status !== 201) throw new Error(`comment: ${response.status} ${response.text}`);
    return response.body;
  }

  /** The comment events of the owner's workspace, as [type, actorId, payload], oldest first. */
  const commentEvents = async (
    filter: (payload: Record<string, unknown>) => boolean = () => true,
  ) =>
    (await projectEvents(web, owner.workspaceId))
      .filter((event) => event.type.startsWith('projects.comment.') && filter(event.payload))
      .map((event) => [event.type, event.actorId, event.payload]);
  const eventsOfComment = (commentId: string) =>
    commentEvents((payload) => payload.commentId === commentId);
  const commentCount = async (task = taskId) =>
    (
      await db.query(`SELECT count(*)::int AS n FROM projects.comments WHERE task_id = $1`, [task])
    )[0].n as number;

  it('a member comments (201, Location); members mentioned by address or id are resolved', async () => {
    const body = `Please check, @${colleague.email.toUpperCase()} and @${admin.id}. Thanks @${colleague.email}!`;
    const response = await post(member, { body: `  ${body}\n` });
    expect(response.status).toBe(201);
    const created: Comment = response.body;
    expect(created).toEqual({
      id: expect.any(String),
      taskId,
      authorId: member.id,
      body,
      mentionedUserIds: [colleague.id, admin.id],
      createdAt: expect.any(String),
      editedAt: null,
    });
    expect(response.headers.location).toBe(`${path()}/${created.id}`);
    const read = await web.http.get(response.headers.location).set(bearer(viewer.token));
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created);

    expect(await eventsOfComment(created.id)).toEqual([
      [
        'projects.comment.created.v1',
        member.id,
        {
          commentId: created.id,
          taskId,
          projectId,
          authorId: member.id,
          body,
          mentionedUserIds: [colleague.id, admin.id],
        },
      ],
    ]);
  });

  it('mentions of non-members stay text: registered or not, by address or id, nobody is named', async () => {
    const stranger = await signUp(web.http, 'comments-stranger');
    await projectAddress(web, stranger);
    const body =
      `@${stranger.email} @${uniqueEmail('nobody')} @${stranger.id} @${randomUUID()} ` +
      `and in code: \`@${colleague.email}\``;
    const created = await comment(member, body);
    expect(created.mentionedUserIds).toEqual([]);
    expect(created.body).toBe(body);
    const [[, , payload]] = await eventsOfComment(created.id);
    expect(payload).toMatchObject({ mentionedUserIds: [] });
  });

  it('too many different mentions → 400 too-many-mentions, nothing written; the cap itself is fine', async () => {
    const mentions = (count: number) =>
      Array.from({ length: count }, (_, index) => `@${uniqueEmail(`m${index}`)}`).join(' ');
    const before = await commentCount();
    const refused = await post(member, { body: `${mentions(20)} @${colleague.email}` });
    expect(refused.status).toBe(400);
    expect(refused.body.type).toBe('urn:tenfold:problem:too-many-mentions');
    expect(await commentCount()).toBe(before);
    // The same person twice counts once.
    const capped = await post(member, {
      body: `${mentions(19)} @${colleague.id} @${colleague.id}`,
    });
    expect(capped.status).toBe(201);
    expect(capped.body.mentionedUserIds).toEqual([colleague.id]);
  });

  it('lists oldest first, a page at a time; viewers read; a foreign or edited cursor → 400', async () => {
    const task = await createTask(web, owner, projectId, { title: 'Paged' });
    const ids: string[] = [];
    for (let index = 0; index < 5; index++) {
      ids.push((await comment(index % 2 ? member : owner, `c${index}`, task.id)).id);
    }
    // The viewer reads others' writes: wait until their replica has replayed them (read-your-writes
    // covers only one's own), then page.
    await waitFor("the comments on the viewer's replica", async () => {
      const all = await web.http.get(path(task.id)).set(bearer(viewer.token));
      return all.status === 200 && all.body.items.length === 5 ? true : undefined;
    });
    const page = async (query: string) => {
      const response = await web.http.get(`${path(task.id)}?${query}`).set(bearer(viewer.token));
      expect(response.status).toBe(200);
      return response.body as { items: Comment[]; nextCursor: string | null };
    };
    const first = await page('limit=2');
    const second = await page(`limit=2&cursor=${first.nextCursor}`);
    const third = await page(`limit=2&cursor=${second.nextCursor}`);
    expect([first, second, third].map((p) => p.items.map((item) => item.id))).toEqual([
      ids.slice(0, 2),
      ids.slice(2, 4),
      ids.slice(4),
    ]);
    expect(third.nextCursor).toBeNull();
    expect((await page('')).items.map((item) => item.body)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
    // A task without comments is an empty page, not a 404.
    const empty = await createTask(web, owner, projectId, { title: 'Quiet' });
    // Read by the task's creator: read-your-writes covers one's own writes, and a viewer's read
    // right after someone else's create may reach a replica that has not replayed it yet.
    const none = await web.http.get(path(empty.id)).set(bearer(owner.token));
    expect(none.body).toEqual({ items: [], nextCursor: null });

    const tasksCursor = (
      await web.http
        .get(`${workspacePath(owner.workspaceId)}/projects/${projectId}/tasks?limit=1`)
        .set(bearer(owner.token))
    ).body.nextCursor;
    const forged = Buffer.from(JSON.stringify(['comments', '1 OR 1=1'])).toString('base64url');
    for (const cursor of [tasksCursor, forged, `${first.nextCursor}x`]) {
      const response = await web.http
        .get(`${path(task.id)}?cursor=${encodeURIComponent(cursor)}`)
        .set(bearer(viewer.token));
      expect([cursor, response.status, response.body.type]).toEqual([
        cursor,
        400,
        'urn:tenfold:problem:invalid-cursor',
      ]);
    }
  });

  it('the author edits: editedAt set, only newly mentioned members announced; same text → no event', async () => {
    const created = await comment(member, `Hi @${colleague.id}`);
    const edited = await patch(member, created.id, {
      body: `Hi @${colleague.id} and @${owner.email}`,
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      id: created.id,
      body: `Hi @${colleague.id} and @${owner.email}`,
      mentionedUserIds: [colleague.id, owner.id],
      createdAt: created.createdAt,
      editedAt: expect.any(String),
    });
    const again = await patch(member, created.id, {
      body: ` Hi @${colleague.id} and @${owner.email} `,
    });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(edited.body);

    expect(await eventsOfComment(created.id)).toEqual([
      ['projects.comment.created.v1', member.id, expect.anything()],
      [
        'projects.comment.edited.v1',
        member.id,
        {
          commentId: created.id,
          taskId,
          projectId,
          authorId: member.id,
          body: `Hi @${colleague.id} and @${owner.email}`,
          mentionedUserIds: [colleague.id, owner.id],
          newlyMentionedUserIds: [owner.id],
        },
      ],
    ]);
  });

  it('nobody else edits a comment, not even an owner (403 not-comment-author); it is unchanged', async () => {
    const created = await comment(member, 'Mine');
    for (const user of [colleague, admin, owner]) {
      const response = await patch(user, created.id, { body: 'Yours now' });
      expect(response.status).toBe(403);
      expect(response.body.type).toBe('urn:tenfold:problem:not-comment-author');
    }
    const read = await web.http.get(`${path()}/${created.id}`).set(bearer(member.token));
    expect(read.body).toEqual(created);
    expect(await eventsOfComment(created.id)).toHaveLength(1);
  });

  it('the author deletes (204), admins and owners moderate; members cannot delete others’ (403)', async () => {
    const own = await comment(member, 'Oops');
    const moderated = await comment(member, 'Spam');
    const byOwner = await comment(colleague, 'Also spam');

    const refused = await remove(colleague, moderated.id);
    expect(refused.status).toBe(403);
    expect(refused.body.type).toBe('urn:tenfold:problem:not-comment-author');

    expect((await remove(member, own.id)).status).toBe(204);
    expect((await remove(admin, moderated.id)).status).toBe(204);
    expect((await remove(owner, byOwner.id)).status).toBe(204);
    const gone = await web.http.get(`${path()}/${own.id}`).set(bearer(member.token));
    expect(gone.status).toBe(404);
    expect(gone.body.type).toBe('urn:tenfold:problem:comment-not-found');
    expect((await remove(member, own.id)).status).toBe(404);

    const deleted = (id: string, actorId: string, authorId: string) => [
      'projects.comment.deleted.v1',
      actorId,
      { commentId: id, taskId, projectId, authorId },
    ];
    expect((await eventsOfComment(own.id)).at(-1)).toEqual(deleted(own.id, member.id, member.id));
    expect((await eventsOfComment(moderated.id)).at(-1)).toEqual(
      deleted(moderated.id, admin.id, member.id),
    );
    expect((await eventsOfComment(byOwner.id)).at(-1)).toEqual(
      deleted(byOwner.id, owner.id, colleague.id),
    );
    expect(await eventsOfComment(own.id)).toHaveLength(2);
  });

  it('a viewer reads but never writes (403): no comment, edit or deletion', async () => {
    const created = await comment(member, 'Read me');
    const before = await commentCount();
    const eventsBefore = (await commentEvents()).length;
    for (const response of [
      await post(viewer, { body: 'Let me in' }),
      await patch(viewer, created.id, { body: 'Changed' }),
      await remove(viewer, created.id),
    ]) {
      expect(response.status).toBe(403);
    }
    expect((await web.http.get(path()).set(bearer(viewer.token))).status).toBe(200);
    expect(await commentCount()).toBe(before);
    expect(await commentEvents()).toHaveLength(eventsBefore);
  });

  it('another workspace’s task → 404 task-not-found on every route, even through the caller’s workspace', async () => {
    const created = await comment(member, 'Private');
    const other = await signUpOwner(web, 'comments-other');
    const eventsBefore = (await commentEvents()).length;
    const theirs = commentsPath(other.workspaceId, taskId);
    const auth = bearer(other.token);
    const answers = [
      await web.http.post(theirs).set(auth).send({ body: 'Hello' }),
      await web.http.get(theirs).set(auth),
      await web.http.get(`${theirs}/${created.id}`).set(auth),
      await web.http.patch(`${theirs}/${created.id}`).set(auth).send({ body: 'Mine' }),
      await web.http.delete(`${theirs}/${created.id}`).set(auth),
    ];
    expect(answers.map((answer) => [answer.status, answer.body.type])).toEqual(
      answers.map(() => [404, 'urn:tenfold:problem:task-not-found']),
    );
    // And the owner's own task in the wrong workspace's path is no way in either.
    const ownTask = (await createTask(web, other, (await createProject(web, other)).id)).id;
    const crossed = await web.http
      .get(`${commentsPath(other.workspaceId, ownTask)}/${created.id}`)
      .set(auth);
    expect(crossed.status).toBe(404);
    expect(crossed.body.type).toBe('urn:tenfold:problem:comment-not-found');

    expect(await commentEvents()).toHaveLength(eventsBefore);
    const read = await web.http.get(`${path()}/${created.id}`).set(bearer(member.token));
    expect(read.body).toEqual(created);
  });

  it('a comment addressed through another task of the same workspace → 404 comment-not-found', async () => {
    const created = await comment(member, 'On the first task');
    const otherTask = await createTask(web, owner, projectId, { title: 'Elsewhere' });
    const eventsBefore = (await commentEvents()).length;
    const answers = [
      await web.http.get(`${path(otherTask.id)}/${created.id}`).set(bearer(member.token)),
      await patch(member, created.id, { body: 'Moved?' }, otherTask.id),
      await remove(owner, created.id, otherTask.id),
    ];
    expect(answers.map((answer) => [answer.status, answer.body.type])).toEqual(
      answers.map(() => [404, 'urn:tenfold:problem:comment-not-found']),
    );
    expect(await commentEvents()).toHaveLength(eventsBefore);
    expect(await commentCount(otherTask.id)).toBe(0);
  });

  it.each([
    ['10 001 characters', { body: 'x'.repeat(10_001) }],
    ['10 000 characters and a variation selector', { body: `${'x'.repeat(9_999)}\uFE0F\uFE0F` }],
    ['a NUL byte', { body: 'before\u0000after' }],
    ['a lone surrogate', { body: 'broken \uD800 text' }],
    ['only blanks', { body: ' \n\t ' }],
    ['no body', {}],
    ['a number', { body: 42 }],
    ['an unknown field', { body: 'ok', authorId: randomUUID() }],
  ])('a comment with %s → 400 naming the field, nothing written', async (_label, body) => {
    const before = await commentCount();
    const eventsBefore = (await commentEvents()).length;
    const created = await post(member, body);
    expect(created.status).toBe(400);
    const fields = created.body.errors.map((error: { field: string }) => error.field);
    expect(fields).toContain('authorId' in body ? 'authorId' : 'body');

    const existing = await comment(member, 'Stays');
    const edited = await patch(member, existing.id, body);
    expect(edited.status).toBe(400);
    expect((await web.http.get(`${path()}/${existing.id}`).set(bearer(member.token))).body).toEqual(
      existing,
    );
    expect(await commentCount()).toBe(before + 1);
    expect(await commentEvents()).toHaveLength(eventsBefore + 1);
  });

  it('exactly 10 000 characters (astral ones count one each) is accepted', async () => {
    const body = `${'😀'.repeat(5_000)}${'x'.repeat(5_000)}`;
    const created = await comment(member, body);
    expect(created.body).toBe(body);
  });

  it('a replayed POST with the same Idempotency-Key creates one comment and one event', async () => {
    const key = randomUUID();
    const send = () =>
      web.http
        .post(path())
        .set(bearer(member.token))
        .set('Idempotency-Key', key)
        .send({ body: 'Only once' });
    const first = await send();
    const again = await send();
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.body).toEqual(first.body);
    expect(again.headers.location).toBe(first.headers.location);
    const rows = await db.query(
      `SELECT count(*)::int AS n FROM projects.comments WHERE task_id = $1 AND body = 'Only once'`,
      [taskId],
    );
    expect(rows[0].n).toBe(1);
    expect(await eventsOfComment(first.body.id)).toHaveLength(1);
  });

  it('on a task of an archived project: reads work, writes → 409 project-archived', async () => {
    const project = await createProject(web, owner, { name: 'Closed talk' });
    const task = await createTask(web, owner, project.id, { title: 'Archived soon' });
    const created = await comment(member, 'Before the archive', task.id);
    await web.http
      .post(`${workspacePath(owner.workspaceId)}/projects/${project.id}/archive`)
      .set(bearer(owner.token))
      .expect(200);
    const eventsBefore = (await commentEvents()).length;
    const answers = [
      await post(member, { body: 'After' }, task.id),
      await patch(member, created.id, { body: 'Changed' }, task.id),
      await remove(member, created.id, task.id),
      await remove(admin, created.id, task.id),
    ];
    expect(answers.map((answer) => [answer.status, answer.body.type])).toEqual(
      answers.map(() => [409, 'urn:tenfold:problem:project-archived']),
    );
    const list = await web.http.get(path(task.id)).set(bearer(viewer.token));
    expect(list.body.items).toEqual([created]);
    expect(await commentEvents()).toHaveLength(eventsBefore);
  });

  it('deleting a task deletes its comments (cascade), with no comment event', async () => {
    const task = await createTask(web, owner, projectId, { title: 'Doomed' });
    const created = await comment(member, 'Going with it', task.id);
    await web.http
      .delete(`${workspacePath(owner.workspaceId)}/tasks/${task.id}`)
      .set(bearer(member.token))
      .expect(204);
    expect(await commentCount(task.id)).toBe(0);
    expect(await eventsOfComment(created.id)).toHaveLength(1); // comment.created only
    const read = await web.http.get(`${path(task.id)}/${created.id}`).set(bearer(member.token));
    expect(read.status).toBe(404);
    expect(read.body.type).toBe('urn:tenfold:problem:task-not-found');
  });
});
