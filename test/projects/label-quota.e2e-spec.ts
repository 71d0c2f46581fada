import { DataSource } from 'typeorm';

import { bearer, type SignedInUser } from '../harness/accounts';
import { testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { workspacePath } from './support/projects-api';
import { joinAs, projectEvents, signUpOwner } from './support/projects-world';

/**
 * LABELS_PER_WORKSPACE (default 100): every task filter and label picker reads the workspace's
 * labels, so one tenant may not grow them without bound. Here 5, to fill it quickly.
 */
describe('labels: at most LABELS_PER_WORKSPACE per workspace', () => {
  const config = testConfig({ LABELS_PER_WORKSPACE: '5', RATE_LIMIT_PER_MINUTE: '100000' });
  let web: WebAppUnderTest;
  let db: DataSource;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(config);
    db = web.app.get(DataSource);
  });
  afterAll(() => web?.close());

  const create = (user: SignedInUser, name: string) =>
    web.http
      .post(`${workspacePath(user.workspaceId)}/labels`)
      .set(bearer(user.token))
      .send({ name, color: '#0e8a16' });
  const rowsOf = async (workspaceId: string): Promise<number> =>
    (
      await db.query(`SELECT count(*)::int AS n FROM projects.labels WHERE workspace_id = $1`, [
        workspaceId,
      ])
    )[0].n;
  const statuses = (answers: { status: number }[]) => answers.map(({ status }) => status).sort();

  it('is configurable, 100 by default', () => {
    expect(testConfig({}).workspaceQuotas.labels).toBe(100);
    expect(config.workspaceQuotas.labels).toBe(5);
    expect(() => testConfig({ LABELS_PER_WORKSPACE: '0' })).toThrow(/LABELS_PER_WORKSPACE/);
  });

  it('9 creates at once: exactly 5 labels, 4 answers 409 naming the limit, nothing written for them', async () => {
    const owner = await signUpOwner(web, 'labels-burst');
    const member = await joinAs(web, owner, 'member');

    const answers = await Promise.all(
      Array.from({ length: 9 }, (_, i) => create(i % 2 ? member : owner, `burst ${i}`)),
    );

    expect(statuses(answers)).toEqual([...Array(5).fill(201), ...Array(4).fill(409)]);
    for (const refused of answers.filter(({ status }) => status === 409)) {
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.body).toMatchObject({
        type: 'urn:tenfold:problem:labels-limit',
        status: 409,
        limit: 5,
        current: 5,
      });
    }
    expect(await rowsOf(owner.workspaceId)).toBe(5);
    const created = (await projectEvents(web, owner.workspaceId)).filter(
      (event) => event.type === 'projects.label.created.v1',
    );
    expect(created).toHaveLength(5); // no event for a refused label
  });

  it('deleting one frees its slot, for one label only; another workspace is not affected', async () => {
    const owner = await signUpOwner(web, 'labels-free');
    const created = [];
    for (let i = 0; i < 5; i++) created.push(await create(owner, `label ${i}`));
    expect(statuses(created)).toEqual(Array(5).fill(201));
    expect((await create(owner, 'one too many')).status).toBe(409);

    await web.http
      .delete(`${workspacePath(owner.workspaceId)}/labels/${created[2].body.id}`)
      .set(bearer(owner.token))
      .expect(204);
    expect(
      statuses(await Promise.all([create(owner, 'x'), create(owner, 'y'), create(owner, 'z')])),
    ).toEqual([201, 409, 409]);
    expect(await rowsOf(owner.workspaceId)).toBe(5);

    const neighbour = await signUpOwner(web, 'labels-neighbour');
    expect((await create(neighbour, 'mine')).status).toBe(201);
  });
});
