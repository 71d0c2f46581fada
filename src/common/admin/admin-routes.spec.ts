import { isAdminPageRoute, isAdminRoute } from './admin-routes';

describe('isAdminRoute', () => {
  it.each([
    '/docs',
    '/docs/',
    '/docs/*',
    '/docs-json',
    '/docs-yaml',
    '/admin',
    '/admin/queues',
    '/admin/queues/api/queues/:queueName/pause',
    '/admin/queues/*',
    '/admin/session',
    '/admin/login/x',
    '/admin/logout/*',
    '/v1/admin/jobs/dead',
    '/v1/admin/jobs/:id/redrive',
    '/metrics',
  ])('guards the route %s', (pattern) => {
    expect(isAdminRoute(pattern)).toBe(true);
  });

  it.each([
    undefined,
    '',
    '/',
    '/v1/workspaces/:workspaceId/projects',
    '/administrator',
    '/admins',
    '/v1/administration',
    '/documents',
    '/health/ready',
    '/metricsx',
    '/admin/login',
    '/admin/login.js',
    '/admin/logout',
  ])('leaves %s alone', (pattern) => {
    expect(isAdminRoute(pattern)).toBe(false);
  });
});

describe('isAdminPageRoute (where the admin session cookie counts)', () => {
  it.each([
    '/docs',
    '/docs/*',
    '/docs-json',
    '/admin/queues',
    '/admin/queues/api/queues',
    '/admin/session',
  ])('takes it on %s', (pattern) => {
    expect(isAdminPageRoute(pattern)).toBe(true);
  });

  it.each([
    undefined,
    '/v1/admin/jobs/dead',
    '/v1/admin/jobs/:id/redrive',
    '/metrics',
    '/v1/me',
    '/v1/workspaces/:workspaceId/projects',
    '/admin/login',
    '/administrator',
    '/documents',
  ])('never on %s', (pattern) => {
    expect(isAdminPageRoute(pattern)).toBe(false);
  });
});
