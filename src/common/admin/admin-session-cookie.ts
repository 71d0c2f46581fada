import { bearerTokenOf } from '../auth/bearer-token';

/**
 * The cookie that carries a platform admin's session token to the admin pages, since a browser
 * cannot send a bearer header when it navigates (docs/adr/0018-admin-pages-session-cookie.md).
 * HttpOnly (no script reads it), SameSite=Strict (no other site's page sends it), Path=/ (one
 * cookie for /docs and /admin), Secure when the public URL is https. It lives no longer than a
 * session can; the session itself is checked in Redis on every request, so a logout, revoke or idle
 * timeout ends the cookie's use at once.
 */
export const ADMIN_SESSION_COOKIE = 'tenfold_admin_session';

export interface AdminCookieSettings {
  /** Behind TLS (PUBLIC_BASE_URL is https): the browser sends the cookie over https only. */
  secure: boolean;
  /** The longest a session can live (SESSION_ABSOLUTE_TIMEOUT_SECONDS). */
  maxAgeSeconds: number;
}

/** The session token the request's cookie holds, if it holds one in a token's shape. */
export function adminSessionTokenOf(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  for (const pair of cookieHeader.split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0 || pair.slice(0, separator).trim() !== ADMIN_SESSION_COOKIE) continue;
    const token = bearerTokenOf(`Bearer ${pair.slice(separator + 1).trim()}`);
    if (token) return token;
  }
  return undefined;
}

export function adminSessionCookie(token: string, settings: AdminCookieSettings): string {
  return cookie(token, settings.maxAgeSeconds, settings.secure);
}

/** Expires the cookie at once (sign-out). */
export function clearedAdminSessionCookie(settings: AdminCookieSettings): string {
  return cookie('', 0, settings.secure);
}

function cookie(value: string, maxAgeSeconds: number, secure: boolean): string {
  const attributes = [
    `${ADMIN_SESSION_COOKIE}=${value}`,
    'Path=/',
    `Max-Age=${maxAgeSeconds}`,
    'HttpOnly',
    'SameSite=Strict',
  ];
  if (secure) attributes.push('Secure');
  return attributes.join('; ');
}
