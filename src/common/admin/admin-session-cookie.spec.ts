import {
  ADMIN_SESSION_COOKIE,
  adminSessionCookie,
  adminSessionTokenOf,
  clearedAdminSessionCookie,
} from './admin-session-cookie';

describe('the admin session cookie', () => {
  const token = 'a'.repeat(43);

  it('is HttpOnly, SameSite=Strict, for the whole site, and Secure behind TLS', () => {
    expect(adminSessionCookie(token, { secure: false, maxAgeSeconds: 60 })).toBe(
      `${ADMIN_SESSION_COOKIE}=${token}; Path=/; Max-Age=60; HttpOnly; SameSite=Strict`,
    );
    expect(adminSessionCookie(token, { secure: true, maxAgeSeconds: 60 })).toMatch(/; Secure$/);
    expect(clearedAdminSessionCookie({ secure: true, maxAgeSeconds: 60 })).toBe(
      `${ADMIN_SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict; Secure`,
    );
  });

  it.each([
    [`${ADMIN_SESSION_COOKIE}=${token}`, token],
    [`theme=dark; ${ADMIN_SESSION_COOKIE}=${token}; lang=en`, token],
    [`${ADMIN_SESSION_COOKIE}=bad token; ${ADMIN_SESSION_COOKIE}=${token}`, token],
    [`x${ADMIN_SESSION_COOKIE}=${token}`, undefined],
    [`${ADMIN_SESSION_COOKIE}=short`, undefined],
    [`${ADMIN_SESSION_COOKIE}=${token}%00`, undefined],
    [`${ADMIN_SESSION_COOKIE}`, undefined],
    ['', undefined],
    [undefined, undefined],
  ])('reads the token of %p as %p', (header, expected) => {
    expect(adminSessionTokenOf(header)).toBe(expected);
  });
});
