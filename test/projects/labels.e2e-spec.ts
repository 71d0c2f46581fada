import { randomUUID } from 'node:crypto';

import { DataSource } from 'typeorm';

import { bearer, type SignedInUser } from '../harness/accounts';
import type { WebAppUnderTest } from '../support/web-app-under-test';
import { createLabel, createProject, createTask, workspacePath } from './support/projects-api';
import { joinAs, projectEvents, signUpOwner, startWebApp } from './support/projects-world';

describe('labels: per workspace, create, list, rename, recolour, delete', () => {
  let web: WebAppUnderTest;
  let owner: SignedInUser;
  let member: SignedInUser;
  let viewer: SignedInUser;
  let labels: string;

  beforeAll(async () => {
    web = await startWebApp();
    owner = await signUpOwner(web, 'labels-owner');
    member = await joinAs(web, owner, 'member');
    viewer = await joinAs(web, owner, 'viewer');
    labels = `${workspacePath(owner.workspaceId)}/labels`;
  });
  afterAll(() => web?.close());

  const labelEvents = async (labelId: string) =>
    (await projectEvents(web, owner.workspaceId))
      .filter((event) => event.type.startsWith('projects.label.'))
      .filter((event) => event.payload.labelId === labelId)
      .map((event) => [event.type, event.payload]);

  const labelRows = () =>
    web.app
      .get(DataSource)
      .query(
        `SELECT id, name, color, updated_at FROM projects.labels WHERE workspace_id = $1 ORDER BY id`,
        [owner.workspaceId],
      );

  it('a member creates a label (201, Location; colour stored in lower case) with label.created', async () => {
    const response = await web.http
      .post(labels)
      .set(bearer(member.token))
      .send({ name: '  Needs review ', color: '#FBCA04' });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.any(String),
      name: 'Needs review',
      color: '#fbca04',
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(response.headers.location).toBe(`${labels}/${response.body.id}`);
    const read = await web.http.get(response.headers.location).set(bearer(viewer.token));
    expect(read.body).toEqual(response.body);
    expect(await labelEvents(response.body.id)).toEqual([
      [
        'projects.label.created.v1',
        { labelId: response.body.id, name: 'Needs review', color: '#fbca04' },
      ],
    ]);
  });

  it('a name is unique per workspace ignoring case (409), and free in another workspace', async () => {
    await createLabel(web, owner, { name: 'Backend', color: '#111111' });
    const before = await labelRows();
    const clash = await web.http
      .post(labels)
      .set(bearer(member.token))
      .send({ name: 'BACKEND', color: '#222222' });
    expect(clash.status).toBe(409);
    expect(clash.body.type).toBe('urn:tenfold:problem:label-name-taken');
    expect(await labelRows()).toEqual(before);

    const other = await signUpOwner(web, 'labels-other');
    expect((await createLabel(web, other, { name: 'backend', color: '#333333' })).name).toBe(
      'backend',
    );
  });

  it('two concurrent creates of one name: one label and one 409', async () => {
    const create = () =>
      web.http.post(labels).set(bearer(member.token)).send({ name: 'Race', color: '#444444' });
    const statuses = (await Promise.all([create(), create()])).map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409]);
  });

  it('renames and recolours; only real changes publish label.updated; a taken name → 409', async () => {
    const label = await createLabel(web, owner, { name: 'Frontend', color: '#aaaaaa' });
    await createLabel(web, owner, { name: 'Design', color: '#bbbbbb' });
    const edit = (body: object) =>
      web.http.patch(`${labels}/${label.id}`).set(bearer(member.token)).send(body);

    expect((await edit({ name: 'Web', color: '#AAAAAA' })).body).toMatchObject({
      name: 'Web',
      color: '#aaaaaa',
    });
    expect((await edit({ name: 'Web', color: '#aaaaaa' })).status).toBe(200);
    expect((await edit({ color: '#CCCCCC' })).body.color).toBe('#cccccc');
    const taken = await edit({ name: 'design' });
    expect(taken.status).toBe(409);
    expect(taken.body.type).toBe('urn:tenfold:problem:label-name-taken');

    expect(await labelEvents(label.id)).toEqual([
      ['projects.label.created.v1', { labelId: label.id, name: 'Frontend', color: '#aaaaaa' }],
      [
        'projects.label.updated.v1',
        {
          labelId: label.id,
          name: 'Web',
          color: '#aaaaaa',
          changes: { name: { from: 'Frontend', to: 'Web' } },
        },
      ],
      [
        'projects.label.updated.v1',
        {
          labelId: label.id,
          name: 'Web',
          color: '#cccccc',
          changes: { color: { from: '#aaaaaa', to: '#cccccc' } },
        },
      ],
    ]);
  });

  it('lists by name ignoring case, page by page with the cursor convention', async () => {
    const ws = await signUpOwner(web, 'labels-list');
    for (const name of ['delta', 'Alpha', 'charlie', 'Bravo', 'echo']) {
      await createLabel(web, ws, { name, color: '#123456' });
    }
    const names: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: Record<string, string | number> = { limit: 2 };
      if (cursor !== null) query.cursor = cursor;
      const page = await web.http
        .get(`${workspacePath(ws.workspaceId)}/labels`)
        .query(query)
        .set(bearer(ws.token));
      expect(page.status).toBe(200);
      names.push(...page.body.items.map((item: { name: string }) => item.name));
      cursor = page.body.nextCursor;
      pages += 1;
    } while (cursor !== null && pages < 10);
    expect(names).toEqual(['Alpha', 'Bravo', 'charlie', 'delta', 'echo']);
    expect(pages).toBe(3);

    const bad = await web.http
      .get(`${workspacePath(ws.workspaceId)}/labels`)
      .query({ cursor: 'WyJwcm9qZWN0cyIsIjEiXQ' })
      .set(bearer(ws.token));
    expect(bad.status).toBe(400);
    expect(bad.body.type).toBe('urn:tenfold:problem:invalid-cursor');
  });

  it('an admin deletes a label: it leaves every task (their version moves) with one label.deleted', async () => {
    const project = await createProject(web, owner);
    const doomed = await createLabel(web, owner, { name: 'Doomed', color: '#ff0000' });
    const kept = await createLabel(web, owner, { name: 'Kept', color: '#00ff00' });
    const carrying = await createTask(web, owner, project.id, {
      title: 'Carries both',
      labelIds: [doomed.id, kept.id],
    });
    const also = await createTask(web, owner, project.id, { title: 'Also', labelIds: [doomed.id] });
    const without = await createTask(web, owner, project.id, { title: 'Without' });

    const memberTry = await web.http.delete(`${labels}/${doomed.id}`).set(bearer(member.token));
    expect(memberTry.status).toBe(403);

    const deleted = await web.http.delete(`${labels}/${doomed.id}`).set(bearer(owner.token));
    expect(deleted.status).toBe(204);
    const task = (id: string) =>
      web.http.get(`${workspacePath(owner.workspaceId)}/tasks/${id}`).set(bearer(owner.token));
    expect((await task(carrying.id)).body).toMatchObject({ labelIds: [kept.id], version: 2 });
    expect((await task(also.id)).body).toMatchObject({ labelIds: [], version: 2 });
    expect((await task(without.id)).body).toMatchObject({ version: 1 });
    expect((await web.http.get(`${labels}/${doomed.id}`).set(bearer(owner.token))).status).toBe(
      404,
    );
    expect((await labelEvents(doomed.id)).at(-1)).toEqual([
      'projects.label.deleted.v1',
      { labelId: doomed.id, name: 'Doomed', taskCount: 2 },
    ]);
    const again = await web.http.delete(`${labels}/${doomed.id}`).set(bearer(owner.token));
    expect(again.status).toBe(404);
  });

  it('a viewer reads but cannot create or edit (403), nothing written', async () => {
    const label = await createLabel(web, owner, { name: 'Viewed', color: '#abcdef' });
    const before = await labelRows();
    expect((await web.http.get(labels).set(bearer(viewer.token))).status).toBe(200);
    const create = await web.http
      .post(labels)
      .set(bearer(viewer.token))
      .send({ name: 'Nope', color: '#000000' });
    expect(create.status).toBe(403);
    const edit = await web.http
      .patch(`${labels}/${label.id}`)
      .set(bearer(viewer.token))
      .send({ name: 'Nope' });
    expect(edit.status).toBe(403);
    const remove = await web.http.delete(`${labels}/${label.id}`).set(bearer(viewer.token));
    expect(remove.status).toBe(403);
    expect(await labelRows()).toEqual(before);
  });

  it("another workspace's label id → 404 on read, edit and delete; its label is untouched", async () => {
    const other = await signUpOwner(web, 'labels-tenant');
    const theirs = await createLabel(web, other, { name: 'Private', color: '#010101' });
    const path = `${labels}/${theirs.id}`;
    expect((await web.http.get(path).set(bearer(owner.token))).status).toBe(404);
    const edit = await web.http.patch(path).set(bearer(owner.token)).send({ name: 'Mine' });
    expect(edit.status).toBe(404);
    expect(edit.body.type).toBe('urn:tenfold:problem:label-not-found');
    expect((await web.http.delete(path).set(bearer(owner.token))).status).toBe(404);
    // Their workspace's path with our token: not a member there, so not even its existence shows.
    const foreign = await web.http
      .get(`${workspacePath(other.workspaceId)}/labels`)
      .set(bearer(owner.token));
    expect(foreign.status).toBe(404);
    const read = await web.http
      .get(`${workspacePath(other.workspaceId)}/labels/${theirs.id}`)
      .set(bearer(other.token));
    expect(read.body).toMatchObject({ name: 'Private', color: '#010101' });
    expect((await web.http.get(`${labels}/${randomUUID()}`).set(bearer(owner.token))).status).toBe(
      404,
    );
  });

  describe('bad input → 400 naming the field, nothing written', () => {
    const cases: [string, 'post' | 'patch', object, string][] = [
      ['name missing', 'post', { color: '#000000' }, 'name'],
      ['name blank', 'post', { name: '   ', color: '#000000' }, 'name'],
      ['name oversize', 'post', { name: 'x'.repeat(51), color: '#000000' }, 'name'],
      ['name huge', 'post', { name: 'x'.repeat(100_000), color: '#000000' }, 'name'],
      ['name with NUL', 'post', { name: 'a\u0000b', color: '#000000' }, 'name'],
      ['colour missing', 'post', { name: 'n' }, 'color'],
      ['colour short', 'post', { name: 'n', color: '#fff' }, 'color'],
      ['colour named', 'post', { name: 'n', color: 'red' }, 'color'],
      ['unknown field', 'post', { name: 'n', color: '#000000', workspaceId: 'x' }, 'workspaceId'],
      ['edit: name null', 'patch', { name: null }, 'name'],
      ['edit: colour null', 'patch', { color: null }, 'color'],
      ['edit: colour without #', 'patch', { color: '0000000' }, 'color'],
    ];

    it.each(cases)('%s', async (_label, method, body, field) => {
      const label = await createLabel(web, owner, {
        name: `Fixed ${randomUUID().slice(0, 8)}`,
        color: '#0f0f0f',
      });
      const before = await labelRows();
      const path = method === 'post' ? labels : `${labels}/${label.id}`;
      const response = await web.http[method](path).set(bearer(owner.token)).send(body);
      expect(response.status).toBe(400);
      expect(response.body.type).toBe('urn:tenfold:problem:validation-failed');
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
      expect(await labelRows()).toEqual(before);
    });
  });
});
