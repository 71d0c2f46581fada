import { DataSource } from 'typeorm';

import { bearer, signUp } from '../harness/accounts';
import { testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';

describe('POST /v1/workspaces with an Idempotency-Key', () => {
  let web: WebAppUnderTest;
  let second: WebAppUnderTest;
  let workspacesNamed: (name: string) => Promise<number>;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(testConfig());
    second = await WebAppUnderTest.start(testConfig());
    const dataSource = web.app.get(DataSource);
    workspacesNamed = async (name) =>
      (
        await dataSource.query(
          'SELECT count(*)::int AS n FROM identity.workspaces WHERE name = $1',
          [name],
        )
      )[0].n;
  });
  afterAll(async () => {
    await web.close();
    await second.close();
  });

  it('creates exactly one workspace when 20 identical requests race on two instances', async () => {
    const owner = await signUp(web.http, 'racer');
    const name = `Raced ${Date.now()}`;
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? second : web).http
          .post('/v1/workspaces')
          .set(bearer(owner.token))
          .set('Idempotency-Key', 'create-raced-workspace')
          .send({ name }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.every((status) => status === 201 || status === 409)).toBe(true);
    const created = responses.filter((response) => response.status === 201);
    expect(new Set(created.map((response) => response.body.id)).size).toBe(1);
    expect(await workspacesNamed(name)).toBe(1);

    const replay = await web.http
      .post('/v1/workspaces')
      .set(bearer(owner.token))
      .set('Idempotency-Key', 'create-raced-workspace')
      .send({ name });
    expect(replay.status).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body.id).toBe(created[0].body.id);

    const otherBody = await web.http
      .post('/v1/workspaces')
      .set(bearer(owner.token))
      .set('Idempotency-Key', 'create-raced-workspace')
      .send({ name: `${name} 2` });
    expect(otherBody.status).toBe(422);
    expect(await workspacesNamed(`${name} 2`)).toBe(0);
  });

  it('scopes keys per user: another user with the same key creates their own', async () => {
    const ann = await signUp(web.http, 'ann');
    const bob = await signUp(web.http, 'bob');
    const name = `Shared key ${Date.now()}`;
    for (const user of [ann, bob]) {
      const response = await web.http
        .post('/v1/workspaces')
        .set(bearer(user.token))
        .set('Idempotency-Key', 'same-key')
        .send({ name });
      expect(response.status).toBe(201);
    }
    expect(await workspacesNamed(name)).toBe(2);
  });
});
