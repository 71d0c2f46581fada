import { isAdminRoute } from './admin-routes';

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
  ])('leaves %s alone', (pattern) => {
    expect(isAdminRoute(pattern)).toBe(false);
  });
});
