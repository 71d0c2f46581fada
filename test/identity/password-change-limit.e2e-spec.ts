import { bearer, logIn, PASSWORD, signUp } from '../harness/accounts';
import { testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';

/** A stolen session must not be a way to guess the password (docs/adr/0008, "Password change"). */
describe('wrong current passwords on PUT /v1/auth/password are limited per session', () => {
  let first: WebAppUnderTest;
  let second: WebAppUnderTest;

  beforeAll(async () => {
    const config = testConfig({ RATE_LIMIT_PER_MINUTE: '100000' });
    [first, second] = await Promise.all([
      WebAppUnderTest.start(config),
      WebAppUnderTest.start(config),
    ]);
  });
  afterAll(() => Promise.all([first?.close(), second?.close()]));

  const change = (web: WebAppUnderTest, token: string, currentPassword: string) =>
    web.http
      .put('/v1/auth/password')
      .set(bearer(token))
      .send({ currentPassword, newPassword: 'mauve-heron-77-desk' });

  it('answers the 6th wrong try in 15 min with 429 and Retry-After, then even the right one', async () => {
    const user = await signUp(first.http, 'stolen');
    for (let attempt = 1; attempt <= 5; attempt++) {
      const web = attempt % 2 ? first : second;
      const answer = await change(web, user.token, `guess-${attempt}-of-many`);
      expect([attempt, answer.status]).toEqual([attempt, 403]);
    }
    for (const password of ['guess-6-of-many', PASSWORD]) {
      const refused = await change(second, user.token, password);
      expect(refused.status).toBe(429);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.body.type).toBe('urn:tenfold:problem:too-many-password-attempts');
      const retryAfter = Number(refused.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(850);
      expect(retryAfter).toBeLessThanOrEqual(900);
    }

    // The limit is the session's: the owner, signed in elsewhere, still changes the password.
    const ownSession = await logIn(first.http, user.email);
    expect((await change(first, ownSession, PASSWORD)).status).toBe(204);
  });

  it('counts concurrent tries before checking them: exactly 5 are checked', async () => {
    const user = await signUp(first.http, 'stolen-racing');
    const answers = await Promise.all(
      Array.from({ length: 16 }, (_, n) =>
        change(n % 2 ? first : second, user.token, `guess-${n}-at-once`),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 403)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(11);
  });

  it('does not count a right current password against the session', async () => {
    const user = await signUp(first.http, 'careful');
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect((await change(first, user.token, `typo-${attempt}-again`)).status).toBe(403);
    }
    // Right current password, too weak a new one: checked, refused, not a failure.
    const weak = await first.http
      .put('/v1/auth/password')
      .set(bearer(user.token))
      .send({ currentPassword: PASSWORD, newPassword: 'short' });
    expect(weak.status).toBe(400);
    expect((await change(second, user.token, `typo-5-again`)).status).toBe(403);
    expect((await change(second, user.token, PASSWORD)).status).toBe(429);
  });
});
