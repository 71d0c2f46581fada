import { encodeCursor } from '../../src/common/pagination/keyset-cursor';
import { signUp, type SignedInUser } from '../harness/accounts';
import { JobsWorld } from '../jobs/support/jobs-world';
import { adminAuthorization, testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';
import { WebAppUnderTest } from '../support/web-app-under-test';
import {
  expectBadLimitsRefused,
  expectCursorsRefused,
  expectLinkOnlyBeforeTheEnd,
} from './support/list-checks';
import { type ListUnderTest, walk, wholeList } from './support/list-walk';

/** The admin dead-letter list pages through BullMQ's failed sets, with the same cursor and Link. */
describe('pagination: GET /v1/admin/jobs/dead', () => {
  const config = testConfig({ RATE_LIMIT_PER_MINUTE: '100000' });
  let web: WebAppUnderTest;
  let world: JobsWorld;
  let alice: SignedInUser;
  let list: ListUnderTest;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(config);
    world = new JobsWorld(web, config);
    world.startWorker();
    alice = await signUp(web.http, 'dead-pages');
    list = {
      web,
      user: { authorization: adminAuthorization(config) },
      path: '/v1/admin/jobs/dead',
      shape: 'page',
    };
    await killJobs(6);
  });
  afterAll(async () => {
    await world?.close();
    await web?.close();
  });

  /** `count` jobs that fail for good at once, several at the same time (worker concurrency 5). */
  async function killJobs(count: number): Promise<void> {
    const data = { workspaceId: alice.workspaceId, requestedBy: alice.id };
    const ids = await Promise.all(
      Array.from({ length: count }, () => world.enqueue('unrecoverable', data)),
    );
    await waitFor(`${count} dead jobs`, async () => {
      const dead = await wholeList(list, '&queue=system');
      return ids.every((id) => dead.includes(id)) ? true : undefined;
    });
  }

  it('walks newest first, each dead job once, while more jobs die', async () => {
    const before = await wholeList(list, '&queue=system');
    const { ids, pages } = await walk(
      list,
      2,
      (index) => (index < 2 ? killJobs(1) : Promise.resolve()),
      '&queue=system',
    );
    // Jobs that die meanwhile are newer than the first page: the walk sees the list as it was.
    expect(ids).toEqual(before);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages[0].next).toContain('queue=system');
  });

  it('walks across all queues too', async () => {
    const all = await wholeList(list);
    expect((await walk(list, 2)).ids).toEqual(all);
  });

  it('sends Link only while more follow', () => expectLinkOnlyBeforeTheEnd(list, '&queue=system'));

  it("refuses another list's cursor, an edited one and bad limits", async () => {
    await expectCursorsRefused(list, [
      encodeCursor('projects', ['1', '3f1c2a9e-6b7d-4c1e-9a8f-2d5e7b4c6a10']),
      encodeCursor('dead-jobs', ['1', 'no-such-queue', 'x']),
      encodeCursor('dead-jobs', ['soon', 'system', 'x']),
    ]);
    await expectBadLimitsRefused(list, ['0', '501', 'abc']);
  });
});
