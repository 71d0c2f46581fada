import { DataSource } from 'typeorm';

import { bearer, signUp, type SignedInUser } from '../harness/accounts';
import { testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { endpointsPath } from './support/webhooks-api';

/** WEBHOOK_ENDPOINTS_PER_WORKSPACE (default 10): every endpoint costs a fan-out and deliveries. */
describe('webhook endpoints: at most 10 per workspace', () => {
  const config = testConfig({ WEBHOOK_ALLOWED_NETWORKS: '', RATE_LIMIT_PER_MINUTE: '100000' });
  const PUBLIC_URL = 'http://93.184.216.34/hooks'; // an IP literal: no DNS in the test
  let web: WebAppUnderTest;
  let db: DataSource;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(config);
    db = web.app.get(DataSource);
  });
  afterAll(() => web?.close());

  const create = (user: SignedInUser, enabled = true) =>
    web.http
      .post(endpointsPath(user.workspaceId))
      .set(bearer(user.token))
      .send({ url: PUBLIC_URL, eventTypes: ['projects.task.created.v1'], enabled });
  const rowsOf = async (workspaceId: string): Promise<number> =>
    (
      await db.query(`SELECT count(*)::int AS n FROM webhooks.endpoints WHERE workspace_id = $1`, [
        workspaceId,
      ])
    )[0].n;
  const statuses = (answers: { status: number }[]) => answers.map(({ status }) => status).sort();

  it('is configurable, 10 by default', () => {
    expect(config.workspaceQuotas.webhookEndpoints).toBe(10);
    expect(
      testConfig({ WEBHOOK_ENDPOINTS_PER_WORKSPACE: '25' }).workspaceQuotas.webhookEndpoints,
    ).toBe(25);
    expect(() => testConfig({ WEBHOOK_ENDPOINTS_PER_WORKSPACE: 'ten' })).toThrow(
      /WEBHOOK_ENDPOINTS_PER_WORKSPACE/,
    );
  });

  it('15 creates at once: exactly 10 endpoints, 5 answers 409 naming the limit, nothing written for them', async () => {
    const owner = await signUp(web.http, 'hooks-burst');

    // Disabled ones count too: they are kept, and can be enabled at any time.
    const answers = await Promise.all(
      Array.from({ length: 15 }, (_, index) => create(owner, index % 2 === 0)),
    );

    expect(statuses(answers)).toEqual([...Array(10).fill(201), ...Array(5).fill(409)]);
    for (const refused of answers.filter(({ status }) => status === 409)) {
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.body).toMatchObject({
        type: 'urn:tenfold:problem:webhook-endpoints-limit',
        status: 409,
        limit: 10,
        current: 10,
      });
      expect(refused.body.detail).toMatch(/10 webhook endpoints; at most 10/);
      expect(refused.body.secret).toBeUndefined();
    }
    expect(await rowsOf(owner.workspaceId)).toBe(10);
  });

  it('deleting one frees its slot, for one endpoint only; another workspace is not affected', async () => {
    const owner = await signUp(web.http, 'hooks-free');
    const created = [];
    for (let i = 0; i < 10; i++) created.push(await create(owner));
    expect(statuses(created)).toEqual(Array(10).fill(201));
    expect((await create(owner)).status).toBe(409);

    const gone = await web.http
      .delete(`${endpointsPath(owner.workspaceId)}/${created[3].body.id}`)
      .set(bearer(owner.token));
    expect(gone.status).toBe(204);

    expect(statuses(await Promise.all([create(owner), create(owner), create(owner)]))).toEqual([
      201, 409, 409,
    ]);
    expect(await rowsOf(owner.workspaceId)).toBe(10);

    const neighbour = await signUp(web.http, 'hooks-neighbour');
    expect((await create(neighbour)).status).toBe(201);
  });
});
