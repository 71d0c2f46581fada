import { PASSWORD, signUp } from '../support/identity-client';
import { testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';

describe('login failures are limited across instances', () => {
  let first: WebAppUnderTest;
  let second: WebAppUnderTest;

  beforeAll(async () => {
    first = await WebAppUnderTest.start(testConfig());
    second = await WebAppUnderTest.start(testConfig());
  });
  afterAll(async () => {
    await first.close();
    await second.close();
  });

  it('answers the 11th failed login in the window with 429 and Retry-After, even with the right password', async () => {
    const user = await signUp(first.http, 'brute');
    for (let attempt = 1; attempt <= 10; attempt++) {
      const web = attempt % 2 ? first : second;
      const response = await web.http
        .post('/v1/auth/login')
        .send({ email: user.email, password: `wrong-${attempt}-password` });
      expect([attempt, response.status]).toEqual([attempt, 401]);
    }
    const blocked = await second.http
      .post('/v1/auth/login')
      .send({ email: user.email, password: PASSWORD });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.body.type).toBe('urn:tenfold:problem:too-many-login-failures');
  });
});
