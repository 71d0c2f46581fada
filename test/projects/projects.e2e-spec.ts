import { randomUUID } from 'node:crypto';

import { DataSource } from 'typeorm';

import { bearer, type SignedInUser } from '../harness/accounts';
import type { WebAppUnderTest } from '../support/web-app-under-test';
import { createProject, workspacePath } from './support/projects-api';
import { joinAs, projectEvents, signUpOwner, startWebApp } from './support/projects-world';

describe('projects: create, list, read, edit, archive', () => {
  let web: WebAppUnderTest;
  let owner: SignedInUser;
  let projects: string;

  beforeAll(async () => {
    web = await startWebApp();
    owner = await signUpOwner(web, 'projects-owner');
    projects = `${workspacePath(owner.workspaceId)}/projects`;
  });
  afterAll(() => web?.close());

  it('a member creates a project (201, Location) and projects.project.created.v1 is in the outbox', async () => {
    const member = await joinAs(web, owner, 'member');
    const response = await web.http
      .post(projects)
      .set(bearer(member.token))
      .send({ name: '  Website relaunch ', description: 'New look' });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.any(String),
      name: 'Website relaunch',
      description: 'New look',
      archived: false,
      archivedAt: null,
      createdBy: member.id,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      version: 1,
    });
    expect(response.headers.location).toBe(`${projects}/${response.body.id}`);
    expect(await projectEvents(web, owner.workspaceId)).toEqual([
      {
        type: 'projects.project.created.v1',
        actorId: member.id,
        payload: { projectId: response.body.id, name: 'Website relaunch' },
      },
    ]);
  });

  it('with the same Idempotency-Key, creates once and replays the answer', async () => {
    const key = randomUUID();
    const send = () =>
      web.http
        .post(projects)
        .set(bearer(owner.token))
        .set('Idempotency-Key', key)
        .send({ name: 'Once' });
    const first = await send();
    const again = await send();
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.body).toEqual(first.body);
    const rows = await web.app
      .get(DataSource)
      .query(
        `SELECT count(*)::int AS n FROM projects.projects WHERE workspace_id = $1 AND name = 'Once'`,
        [owner.workspaceId],
      );
    expect(rows[0].n).toBe(1);
    const created = (await projectEvents(web, owner.workspaceId)).filter(
      (event) => event.payload.projectId === first.body.id,
    );
    expect(created).toHaveLength(1);
  });

  it('reads one project and lists them, archived ones only on request', async () => {
    const kept = await createProject(web, owner, { name: 'Kept' });
    const gone = await createProject(web, owner, { name: 'Gone' });
    await web.http.post(`${projects}/${gone.id}/archive`).set(bearer(owner.token)).expect(200);

    const one = await web.http.get(`${projects}/${kept.id}`).set(bearer(owner.token));
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({
      id: kept.id,
      name: 'Kept',
      description: null,
      archived: false,
    });

    const ids = async (query: string) => {
      const response = await web.http.get(`${projects}${query}`).set(bearer(owner.token));
      expect(response.status).toBe(200);
      return response.body.items.map((project: { id: string }) => project.id);
    };
    expect(await ids('')).toContain(kept.id);
    expect(await ids('')).not.toContain(gone.id);
    expect(await ids('?includeArchived=false')).not.toContain(gone.id);
    expect(await ids('?includeArchived=true')).toEqual(expect.arrayContaining([kept.id, gone.id]));
  });

  it('a viewer reads projects', async () => {
    const viewer = await joinAs(web, owner, 'viewer');
    const project = await createProject(web, owner, { name: 'Visible' });
    expect((await web.http.get(projects).set(bearer(viewer.token))).status).toBe(200);
    const one = await web.http.get(`${projects}/${project.id}`).set(bearer(viewer.token));
    expect(one.body.name).toBe('Visible');
  });

  it('edits name and description (null clears it); only the fields sent change', async () => {
    const project = await createProject(web, owner, { name: 'Draft', description: 'Old' });
    const renamed = await web.http
      .patch(`${projects}/${project.id}`)
      .set(bearer(owner.token))
      .send({ name: 'Final' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Final', description: 'Old' });
    const cleared = await web.http
      .patch(`${projects}/${project.id}`)
      .set(bearer(owner.token))
      .send({ description: null });
    expect(cleared.body).toMatchObject({ name: 'Final', description: null });
    expect(Date.parse(cleared.body.updatedAt)).toBeGreaterThan(Date.parse(cleared.body.createdAt));
  });

  it('archives (admin+), twice is fine; an archived project cannot be edited (409)', async () => {
    const admin = await joinAs(web, owner, 'admin');
    const project = await createProject(web, owner, { name: 'Old' });
    const archive = () =>
      web.http.post(`${projects}/${project.id}/archive`).set(bearer(admin.token));
    const first = await archive();
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ archived: true, archivedAt: expect.any(String) });
    const second = await archive();
    expect(second.status).toBe(200);
    expect(second.body.archivedAt).toBe(first.body.archivedAt);

    const edit = await web.http
      .patch(`${projects}/${project.id}`)
      .set(bearer(owner.token))
      .send({ name: 'New' });
    expect(edit.status).toBe(409);
    expect(edit.body.type).toBe('urn:tenfold:problem:project-archived');
    const after = await web.http.get(`${projects}/${project.id}`).set(bearer(owner.token));
    expect(after.body.name).toBe('Old');
  });
});
