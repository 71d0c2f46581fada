import { JobsWorld } from '../jobs/support/jobs-world';
import { type SignedInUser, signUp } from '../harness/accounts';
import { testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { jsonOf, operatorCli } from './support/operator-cli';

interface DeadJob {
  id: string;
  queue: string;
  name: string;
  failedReason: string | null;
  attemptsMade: number;
}

// Every command is a process of its own (a Nest context, connections): slow on a busy machine.
jest.setTimeout(300_000);

/** jobs:dead and jobs:redrive: the admin routes' service, from the command line. */
describe('operator CLI: dead jobs', () => {
  const config = testConfig({ RATE_LIMIT_PER_MINUTE: '100000' });
  let web: WebAppUnderTest;
  let world: JobsWorld;
  let alice: SignedInUser;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(config);
    world = new JobsWorld(web, config);
    world.startWorker();
    alice = await signUp(web.http, 'cli-jobs');
  });
  afterAll(async () => {
    await world?.close();
    await web?.close();
  });

  const ofAlice = () => ({ workspaceId: alice.workspaceId, requestedBy: alice.id });
  const dead = async (...args: string[]) =>
    jsonOf<{ items: DeadJob[]; nextCursor: string | null }>(
      await operatorCli(['jobs:dead', '--json', ...args]),
    );

  it('lists a job whose attempts ran out, and a redrive runs it again until it completes', async () => {
    const id = await world.enqueue('fails-until-flag', ofAlice(), { attempts: 1 });
    await waitFor('the job to fail for good', async () =>
      (await world.queue.getJobState(id)) === 'failed' ? true : undefined,
    );
    const listed = await dead('--queue', 'system');
    expect(listed.items).toContainEqual(
      expect.objectContaining({
        id,
        queue: 'system',
        name: 'fails-until-flag',
        failedReason: 'not yet',
        attemptsMade: 1,
      }),
    );
    const table = await operatorCli(['jobs:dead']);
    expect(table.stdout).toMatch(/^JOB ID\s+QUEUE\s+NAME\s+ATTEMPTS\s+FAILED AT\s+REASON$/m);
    expect(table.stdout).toContain(id);
    expect((await dead('--queue', 'reports')).items.map((job) => job.id)).not.toContain(id);

    const dryRun = await operatorCli(['jobs:redrive', id]);
    expect(dryRun.code).toBe(0);
    expect(dryRun.stdout).toContain('Would redrive this job; nothing changed');
    expect(await world.queue.getJobState(id)).toBe('failed');

    await world.redis.set(world.flagKey(id), 'yes', 'EX', 300);
    const redriven = jsonOf<{ id: string; queue: string; statusUrl: string }>(
      await operatorCli(['jobs:redrive', id, '--yes', '--json']),
    );
    expect(redriven).toEqual({ id, queue: 'system', statusUrl: `/v1/jobs/${id}` });
    await waitFor('the redriven job to complete', async () =>
      (await world.queue.getJobState(id)) === 'completed' ? true : undefined,
    );
    expect((await world.queue.getJob(id))?.returnvalue).toEqual({ ok: true });
    expect((await dead()).items.map((job) => job.id)).not.toContain(id);

    // Not dead any more: refused, as the route answers 409.
    const again = await operatorCli(['jobs:redrive', id, '--yes']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`Job ${id} is completed, not failed`);
  });

  it('pages with --cursor, newest first', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const id = await world.enqueue('unrecoverable', ofAlice());
      await waitFor('the job to die', async () =>
        (await world.queue.getJobState(id)) === 'failed' ? true : undefined,
      );
      ids.push(id);
    }
    const first = await dead('--queue', 'system', '--limit', '2');
    expect(first.items.map((job) => job.id)).toEqual([ids[2], ids[1]]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await dead('--queue', 'system', '--limit', '1', '--cursor', first.nextCursor!);
    expect(second.items.map((job) => job.id)).toEqual([ids[0]]);
  });

  it('refuses unknown jobs and bad arguments, changing nothing', async () => {
    const unknown = await operatorCli([
      'jobs:redrive',
      'system.00000000-0000-4000-8000-000000000000',
      '--yes',
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^Refused: No job system\.0{8}-/);
    const noQueue = await operatorCli(['jobs:redrive', '42', '--yes']);
    expect(noQueue.code).toBe(1);

    for (const args of [
      ['jobs:redrive', 'x'.repeat(201), '--yes'],
      ['jobs:dead', '--queue', 'nope'],
      ['jobs:dead', '--limit', '501'],
      ['jobs:dead', '--cursor', 'not-a-cursor'],
    ]) {
      const run = await operatorCli(args);
      expect([args.join(' ').slice(0, 40), run.code]).toEqual([args.join(' ').slice(0, 40), 2]);
      expect(run.stderr.length).toBeLessThan(600);
    }
  });
});
