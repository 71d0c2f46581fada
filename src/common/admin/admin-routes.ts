/**
 * Route patterns reserved to platform admins: Swagger UI and its document (`/docs`, `/docs/*`,
 * `/docs-json`, `/docs-yaml`), bull-board (`/admin/*`), the admin API (`/v1/admin/*`) and the
 * web's `/metrics` (route names, queue depths and breaker states are a map for an attacker; the
 * worker serves its metrics on its own internal port).
 *
 * This is matched against the pattern of the route the router chose (`/admin/queues/api/queues`,
 * `/docs/*`), never against the URL as sent: the router decodes `%61dmin`, folds `/./` and so
 * on before it matches, so any test on the raw URL has spellings it misses (issue 14).
 */
const ADMIN_ROUTE_ROOTS = ['/docs', '/admin', '/v1/admin', '/metrics'];

export function isAdminRoute(routePattern: string | undefined): boolean {
  if (!routePattern) return false;
  return ADMIN_ROUTE_ROOTS.some(
    (root) =>
      routePattern === root ||
      routePattern.startsWith(`${root}/`) ||
      (root === '/docs' && routePattern.startsWith(`${root}-`)),
  );
}
