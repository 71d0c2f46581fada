import { DataSource } from 'typeorm';

import { bearer, signUp, type SignedInUser } from '../harness/accounts';
import { testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * DIGESTS_PER_DAY (default 5): each digest mails every subscribed member, so a workspace may ask
 * for only so many per UTC day; beyond, 429 with Retry-After until midnight UTC. No worker runs:
 * the accepted digests' jobs stay waiting, which is all the quota needs.
 */
describe('digests: at most 5 per workspace and UTC day', () => {
  const config = testConfig({ RATE_LIMIT_PER_MINUTE: '100000' });
  let web: WebAppUnderTest;
  let db: DataSource;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(config);
    db = web.app.get(DataSource);
  });
  afterAll(() => web?.close());

  const requestDigest = (user: SignedInUser) =>
    web.http.post(`/v1/workspaces/${user.workspaceId}/digests`).set(bearer(user.token));
  const concurrently = (user: SignedInUser, count: number) =>
    Promise.all(Array.from({ length: count }, () => requestDigest(user)));
  const digestsOf = async (workspaceId: string): Promise<number> =>
    (
      await db.query(
        `SELECT count(*)::int AS n FROM notifications.digests WHERE workspace_id = $1`,
        [workspaceId],
      )
    )[0].n;
  const statuses = (answers: { status: number }[]) => answers.map(({ status }) => status).sort();
  const secondsToMidnightUtc = () => {
    const now = Date.now();
    return (Math.floor(now / DAY_MS + 1) * DAY_MS - now) / 1000;
  };

  it('is configurable, 5 by default', () => {
    expect(config.workspaceQuotas.digestsPerDay).toBe(5);
    expect(testConfig({ DIGESTS_PER_DAY: '1' }).workspaceQuotas.digestsPerDay).toBe(1);
    expect(() => testConfig({ DIGESTS_PER_DAY: '-1' })).toThrow(/DIGESTS_PER_DAY/);
  });

  it('10 requests at once: exactly 5 accepted, 5 answered 429 with Retry-After until midnight UTC', async () => {
    const owner = await signUp(web.http, 'digest-burst');

    const answers = await concurrently(owner, 10);

    expect(statuses(answers)).toEqual([...Array(5).fill(202), ...Array(5).fill(429)]);
    for (const refused of answers.filter(({ status }) => status === 429)) {
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.body).toMatchObject({
        type: 'urn:tenfold:problem:digests-per-day-limit',
        status: 429,
        limit: 5,
        current: 5,
      });
      expect(refused.body.detail).toMatch(/requested 5 digests today \(UTC\); at most 5/);
      const retryAfter = Number(refused.headers['retry-after']);
      expect(refused.body.retryAfterSeconds).toBe(retryAfter);
      expect(Math.abs(retryAfter - secondsToMidnightUtc())).toBeLessThan(10);
    }
    expect(await digestsOf(owner.workspaceId)).toBe(5);

    // Another workspace has its own day.
    const neighbour = await signUp(web.http, 'digest-neighbour');
    expect((await requestDigest(neighbour)).status).toBe(202);
  });

  it("yesterday's digests do not count today", async () => {
    const owner = await signUp(web.http, 'digest-yesterday');
    expect(statuses(await concurrently(owner, 5))).toEqual(Array(5).fill(202));
    expect((await requestDigest(owner)).status).toBe(429);

    // The same five, asked for a day earlier.
    await db.query(
      `UPDATE notifications.digests SET requested_at = requested_at - interval '1 day'
        WHERE workspace_id = $1`,
      [owner.workspaceId],
    );

    expect(statuses(await concurrently(owner, 6))).toEqual([...Array(5).fill(202), 429]);
    expect(await digestsOf(owner.workspaceId)).toBe(10);
  });
});
