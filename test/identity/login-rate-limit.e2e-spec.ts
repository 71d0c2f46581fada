import { randomBytes } from 'node:crypto';

import { PASSWORD, signUp, uniqueEmail } from '../harness/accounts';
import { testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';

/**
 * The login limits of docs/adr/0008-rate-limits.md, "Login", over two instances sharing Redis.
 * Client IPs come from Fastify's inject (`remoteAddress`), so each test can be many clients.
 */
const freshIp = () => `10.${[...randomBytes(3)].map((byte) => (byte % 250) + 1).join('.')}`;

interface LoginAnswer {
  status: number;
  retryAfter: number | null;
  type: string | undefined;
}

async function logInFrom(
  web: WebAppUnderTest,
  ip: string,
  email: string,
  password: string,
): Promise<LoginAnswer> {
  const response = await web.app.inject({
    method: 'POST',
    url: '/v1/auth/login',
    remoteAddress: ip,
    payload: { email, password },
  });
  const retryAfter = response.headers['retry-after'];
  return {
    status: response.statusCode,
    retryAfter: retryAfter === undefined ? null : Number(retryAfter),
    type: response.json<{ type?: string }>().type,
  };
}

const wrong = (n: number) => `wrong-${n}-password-guess`;

describe('login failures are limited across instances, and cannot lock the owner out', () => {
  let first: WebAppUnderTest;
  let second: WebAppUnderTest;
  const either = (n: number) => (n % 2 ? first : second);

  beforeAll(async () => {
    const config = testConfig({ RATE_LIMIT_PER_MINUTE: '100000' });
    [first, second] = await Promise.all([
      WebAppUnderTest.start(config),
      WebAppUnderTest.start(config),
    ]);
  });
  afterAll(() => Promise.all([first?.close(), second?.close()]));

  it('answers the 11th failed login from one client with 429 and Retry-After, even with the right password', async () => {
    const user = await signUp(first.http, 'brute');
    const attacker = freshIp();
    for (let attempt = 1; attempt <= 10; attempt++) {
      const answer = await logInFrom(either(attempt), attacker, user.email, wrong(attempt));
      expect([attempt, answer.status]).toEqual([attempt, 401]);
    }
    const blocked = await logInFrom(second, attacker, user.email, PASSWORD);
    expect(blocked.status).toBe(429);
    expect(blocked.retryAfter).toBeGreaterThan(0);
    expect(blocked.type).toBe('urn:tenfold:problem:too-many-login-failures');
  });

  it('lets the owner in from a clean client while other IPs have failed a dozen times, and refuses the attackers', async () => {
    const user = await signUp(first.http, 'targeted');
    const attackers = Array.from({ length: 12 }, freshIp);
    for (const [n, ip] of attackers.entries()) {
      expect((await logInFrom(either(n), ip, user.email, wrong(n))).status).toBe(401);
    }

    const owner = await logInFrom(first, freshIp(), user.email, PASSWORD);
    expect(owner.status).toBe(200);

    // An attacking client is refused even when it now guesses right: 12 failures on the account
    // make it wait 4 s after its last attempt (the last attacker's was just before the owner's).
    const attacker = await logInFrom(second, attackers[11], user.email, PASSWORD);
    expect(attacker.status).toBe(429);
    expect(attacker.type).toBe('urn:tenfold:problem:too-many-login-failures');
    expect(attacker.retryAfter).toBeGreaterThan(0);
  });

  it('counts concurrent guesses before checking them: exactly the limit gets through', async () => {
    const user = await signUp(first.http, 'racing');
    const attacker = freshIp();
    const answers = await Promise.all(
      Array.from({ length: 24 }, (_, n) => logInFrom(either(n), attacker, user.email, wrong(n))),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(10);
    expect(statuses.filter((status) => status === 429)).toHaveLength(14);
  });
});

describe('an attack spread over many IPs meets a growing wait (throttle capped at 20 s)', () => {
  let first: WebAppUnderTest;
  let second: WebAppUnderTest;

  beforeAll(async () => {
    const config = testConfig({
      RATE_LIMIT_PER_MINUTE: '100000',
      LOGIN_THROTTLE_MAX_SECONDS: '20',
    });
    [first, second] = await Promise.all([
      WebAppUnderTest.start(config),
      WebAppUnderTest.start(config),
    ]);
  });
  afterAll(() => Promise.all([first?.close(), second?.close()]));

  it('doubles the Retry-After of each client that failed with every further failure, up to the cap', async () => {
    const user = await signUp(first.http, 'spread');
    for (let n = 0; n < 10; n++) {
      expect((await logInFrom(first, freshIp(), user.email, wrong(n))).status).toBe(401);
    }

    const waits: number[] = [];
    for (let n = 1; n <= 6; n++) {
      const ip = freshIp();
      // A client with no failures of its own always gets its attempt…
      expect((await logInFrom(first, ip, user.email, wrong(n))).status).toBe(401);
      // …and after one failure stands where the account's throttle stands.
      const again = await logInFrom(second, ip, user.email, wrong(n));
      expect(again.status).toBe(429);
      waits.push(again.retryAfter ?? 0);
    }
    // The account has 10 + n failures: 2^n s after the client's last attempt, at most 20 s.
    const expected = [2, 4, 8, 16, 20, 20];
    waits.forEach((wait, index) => {
      expect(wait).toBeLessThanOrEqual(expected[index]);
      expect(wait).toBeGreaterThanOrEqual(expected[index] - 1);
    });

    expect((await logInFrom(second, freshIp(), user.email, PASSWORD)).status).toBe(200);
  });

  it('is a wait, not a ban: once it is over, the client may try again', async () => {
    const user = await signUp(first.http, 'patient');
    for (let n = 0; n < 10; n++) {
      expect((await logInFrom(first, freshIp(), user.email, wrong(n))).status).toBe(401);
    }
    const ip = freshIp();
    expect((await logInFrom(first, ip, user.email, wrong(10))).status).toBe(401);
    // 11 failures on the account: this client waits 2 s after its last attempt.
    const refused = await logInFrom(second, ip, user.email, PASSWORD);
    expect(refused.status).toBe(429);
    expect(refused.retryAfter).toBeGreaterThanOrEqual(1);
    expect(refused.retryAfter).toBeLessThanOrEqual(2);

    await new Promise((resolve) => setTimeout(resolve, (refused.retryAfter ?? 0) * 1000 + 100));
    expect((await logInFrom(second, ip, user.email, PASSWORD)).status).toBe(200);
  });
});

describe('the per-IP limit across accounts (LOGIN_IP_MAX_FAILURES=5)', () => {
  let web: WebAppUnderTest;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(
      testConfig({ RATE_LIMIT_PER_MINUTE: '100000', LOGIN_IP_MAX_FAILURES: '5' }),
    );
  });
  afterAll(() => web?.close());

  it('refuses an IP that failed on 5 accounts, whichever account it tries next; others log in', async () => {
    const user = await signUp(web.http, 'sprayed');
    const sprayer = freshIp();
    for (let n = 0; n < 5; n++) {
      expect((await logInFrom(web, sprayer, uniqueEmail('spray'), wrong(n))).status).toBe(401);
    }
    const blocked = await logInFrom(web, sprayer, user.email, PASSWORD);
    expect(blocked.status).toBe(429);
    expect(blocked.retryAfter).toBeGreaterThan(850);
    expect(blocked.retryAfter).toBeLessThanOrEqual(900);
    expect((await logInFrom(web, freshIp(), user.email, PASSWORD)).status).toBe(200);
  });
});
