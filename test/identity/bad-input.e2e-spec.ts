import { DataSource } from 'typeorm';

import { uniqueEmail } from '../harness/accounts';
import { testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';

describe('identity: bad input writes nothing', () => {
  let web: WebAppUnderTest;
  let users: () => Promise<number>;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(testConfig());
    const dataSource = web.app.get(DataSource);
    users = async () =>
      (await dataSource.query('SELECT count(*)::int AS n FROM identity.users'))[0].n;
  });
  afterAll(() => web.close());

  it.each([
    [
      'invalid email',
      { email: 'not-an-email', password: 'violet-otter-42-lamp', workspaceName: 'A' },
      'email',
    ],
    [
      'oversize email',
      { email: `${'a'.repeat(250)}@x.io`, password: 'violet-otter-42-lamp', workspaceName: 'A' },
      'email',
    ],
    [
      'wrong type',
      { email: uniqueEmail(), password: 12345678901234, workspaceName: 'A' },
      'password',
    ],
    [
      'oversize name',
      { email: uniqueEmail(), password: 'violet-otter-42-lamp', workspaceName: 'w'.repeat(101) },
      'workspaceName',
    ],
    [
      'unknown field',
      { email: uniqueEmail(), password: 'violet-otter-42-lamp', workspaceName: 'A', isAdmin: true },
      'isAdmin',
    ],
    ['missing field', { email: uniqueEmail(), password: 'violet-otter-42-lamp' }, 'workspaceName'],
  ])('%s → 400 naming the field, no user written', async (_case, body, field) => {
    const before = await users();
    const response = await web.http.post('/v1/auth/sign-up').send(body);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    expect(await users()).toBe(before);
  });

  it('a weak password → 400 password-too-weak, no user written', async () => {
    const before = await users();
    const response = await web.http
      .post('/v1/auth/sign-up')
      .send({ email: uniqueEmail(), password: 'short', workspaceName: 'A' });
    expect(response.status).toBe(400);
    expect(response.body.type).toBe('urn:tenfold:problem:password-too-weak');
    expect(await users()).toBe(before);
  });

  it('a taken email (any case) → the same 202 as a new one, still one user', async () => {
    const email = uniqueEmail('taken');
    const body = { email, password: 'violet-otter-42-lamp', workspaceName: 'A' };
    const first = await web.http.post('/v1/auth/sign-up').send(body);
    expect(first.status).toBe(202);
    const before = await users();
    const again = await web.http
      .post('/v1/auth/sign-up')
      .send({ ...body, email: email.toUpperCase() });
    expect(again.status).toBe(202);
    expect(again.body).toEqual(first.body);
    expect(await users()).toBe(before);
  });
});
