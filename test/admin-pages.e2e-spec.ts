import { adminAuthorization, testConfig } from './support/test-config';
import { WebAppUnderTest } from './support/web-app-under-test';

describe('admin pages: Swagger UI and the queue dashboard', () => {
  let web: WebAppUnderTest;
  let admin: string;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(testConfig());
    admin = adminAuthorization(web.config);
  });
  afterAll(() => web.close());

  const pages = ['/docs', '/docs/', '/docs-json', '/admin/queues', '/admin/queues/api/queues'];

  it.each(pages)(
    '%s answers 401 with a Basic challenge and no page without credentials',
    async (page) => {
      const response = await web.http.get(page);
      expect(response.status).toBe(401);
      expect(response.headers['www-authenticate']).toMatch(/^Basic realm=/);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.text).not.toMatch(/swagger|bull/i);
    },
  );

  it.each(pages)('%s answers 401 to wrong credentials', async (page) => {
    const wrong = `Basic ${Buffer.from(`${web.config.admin.username}:wrong-password`).toString('base64')}`;
    expect((await web.http.get(page).set('Authorization', wrong)).status).toBe(401);
  });

  it('serves Swagger UI and the OpenAPI document to admins', async () => {
    const ui = await web.http.get('/docs').set('Authorization', admin).redirects(1);
    expect(ui.status).toBe(200);
    expect(ui.text).toMatch(/swagger/i);
    const spec = await web.http.get('/docs-json').set('Authorization', admin);
    expect(spec.status).toBe(200);
    expect(spec.body.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.body.paths)).toContain('/v1/system/heartbeats');
  });

  it('serves the queue dashboard, listing every queue, to admins', async () => {
    const page = await web.http.get('/admin/queues').set('Authorization', admin);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const api = await web.http.get('/admin/queues/api/queues').set('Authorization', admin);
    expect(api.status).toBe(200);
    const names = api.body.queues.map((queue: { name: string }) => queue.name);
    expect(names).toEqual(expect.arrayContaining(['system', 'media', 'reports', 'email']));
  });

  it('guards the admin diagnostics API with the same credentials', async () => {
    const response = await web.http.post('/v1/system/heartbeats').send({});
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toMatch(/^Basic/);
  });
});

// Platform admins with a session (granted in the database): test/identity/platform-admins.e2e-spec.ts.
