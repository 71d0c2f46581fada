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

/**
 * The way in to the admin pages, open to everyone: the login page, its script, and the sign-out
 * that clears the cookie (docs/adr/0018-admin-pages-session-cookie.md). Exact patterns, so nothing
 * else under /admin is opened by them.
 */
export const ADMIN_SIGN_IN_ROUTES = {
  loginPage: '/admin/login',
  loginScript: '/admin/login.js',
  signOut: '/admin/logout',
} as const;

/** Guarded like every admin route: a platform admin's bearer session becomes the cookie here. */
export const ADMIN_SESSION_ROUTE = '/admin/session';

const OPEN_ROUTES: ReadonlySet<string> = new Set(Object.values(ADMIN_SIGN_IN_ROUTES));

/** The pages a browser navigates to (not the admin API, not /metrics): where the cookie counts. */
const PAGE_ROUTE_ROOTS = ['/docs', '/admin'];

export function isAdminRoute(routePattern: string | undefined): boolean {
  if (!routePattern || OPEN_ROUTES.has(routePattern)) return false;
  return ADMIN_ROUTE_ROOTS.some((root) => isUnder(routePattern, root));
}

/** Whether the admin session cookie may authenticate this admin route (never one under /v1). */
export function isAdminPageRoute(routePattern: string | undefined): boolean {
  if (!isAdminRoute(routePattern)) return false;
  return PAGE_ROUTE_ROOTS.some((root) => isUnder(routePattern ?? '', root));
}

function isUnder(routePattern: string, root: string): boolean {
  return (
    routePattern === root ||
    routePattern.startsWith(`${root}/`) ||
    (root === '/docs' && routePattern.startsWith(`${root}-`))
  );
}
