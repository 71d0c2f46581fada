import { DataSource } from 'typeorm';

import { bearer, signUp, type SignedInUser } from '../harness/accounts';
import { testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';

const DEFAULTS = {
  assigned: 'email',
  'task-completed': 'in-app',
  'task-reopened': 'in-app',
  comment: 'in-app',
  mention: 'email',
  'invitation-accepted': 'in-app',
};

/** Each user's delivery per kind: defaults, partial changes, and input that writes nothing. */
describe('notification preferences', () => {
  let web: WebAppUnderTest;
  let user: SignedInUser;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(testConfig({ RATE_LIMIT_PER_MINUTE: '100000' }));
    user = await signUp(web.http, 'prefs');
  });
  afterAll(() => web?.close());

  const path = '/v1/me/notification-preferences';
  const stored = async (userId: string) =>
    web.app
      .get(DataSource)
      .query(
        `SELECT kind, delivery FROM notifications.notification_preferences WHERE user_id = $1 ORDER BY kind`,
        [userId],
      );

  it('answers every kind with its default until the user chooses', async () => {
    const response = await web.http.get(path).set(bearer(user.token));
    expect([response.status, response.body]).toEqual([200, DEFAULTS]);
    await web.http.get(path).expect(401);
  });

  it('changes only the kinds sent, for this user only', async () => {
    const other = await signUp(web.http, 'prefs-other');
    const first = await web.http.put(path).set(bearer(user.token)).send({ assigned: 'digest' });
    expect([first.status, first.body]).toEqual([200, { ...DEFAULTS, assigned: 'digest' }]);
    const second = await web.http
      .put(path)
      .set(bearer(user.token))
      .send({ comment: 'off', 'invitation-accepted': 'email' });
    const expected = {
      ...DEFAULTS,
      assigned: 'digest',
      comment: 'off',
      'invitation-accepted': 'email',
    };
    expect(second.body).toEqual(expected);
    expect((await web.http.get(path).set(bearer(user.token))).body).toEqual(expected);
    expect((await web.http.get(path).set(bearer(other.token))).body).toEqual(DEFAULTS);
    await web.http.put(path).set(bearer(user.token)).send({}).expect(200);
    expect((await web.http.get(path).set(bearer(user.token))).body).toEqual(expected);
  });

  it('refuses unknown kinds and deliveries, naming the field, and writes nothing', async () => {
    const fresh = await signUp(web.http, 'prefs-bad');
    const bodies: [object, string][] = [
      [{ assigned: 'email', holiday: 'off' }, 'holiday'],
      [{ assigned: 'sms' }, 'assigned'],
      [{ assigned: 'email', mention: 'EMAIL' }, 'mention'],
      [{ assigned: 'off\u0000' }, 'assigned'],
      [{ assigned: 'x'.repeat(100_000) }, 'assigned'],
      [{ assigned: null }, 'assigned'],
      [{ __proto__: { assigned: 'off' }, comment: 1 }, 'comment'],
    ];
    for (const [body, field] of bodies) {
      const response = await web.http.put(path).set(bearer(fresh.token)).send(body);
      expect([field, response.status]).toEqual([field, 400]);
      const fields = (response.body.errors ?? []).map((e: { field: string }) => e.field);
      if (response.body.errors) expect(fields).toContain(field);
    }
    const array = await web.http
      .put(path)
      .set(bearer(fresh.token))
      .send([{ assigned: 'off' }]);
    expect(array.status).toBe(400);
    expect(await stored(fresh.id)).toEqual([]);
  });
});
