import { randomUUID } from 'node:crypto';

import { DataSource } from 'typeorm';

import { newEventMetadata } from '../../src/common/correlation/new-event-metadata';
import { EventOutbox } from '../../src/infrastructure/events/event-outbox';
import { MemberJoinedV1 } from '../../src/modules/identity/contracts/member-joined.event';
import { TaskCompletedV1 } from '../../src/modules/projects/contracts/task-completed.event';
import type { NodeProcess } from '../harness/node-process';
import { startTenfold } from '../harness/tenfold-process';
import { testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';
import { WebAppUnderTest } from '../support/web-app-under-test';

const EVENTS = 1_000;

/**
 * A worker process relaying a burst is killed with SIGKILL (no shutdown code runs). After a new
 * worker starts, every event has reached every consumer with exactly one effect: nothing lost,
 * nothing doubled. Effects are counted in the consumers' own tables, not as deliveries.
 */
describe('crash safety of the relay', () => {
  let web: WebAppUnderTest;
  let dataSource: DataSource;
  const workers: NodeProcess[] = [];

  beforeAll(async () => {
    web = await WebAppUnderTest.start(testConfig());
    dataSource = web.app.get(DataSource);
  });
  afterAll(async () => {
    for (const worker of workers) await worker.stop();
    await web?.close();
  });

  async function startWorker(): Promise<NodeProcess> {
    const worker = await startTenfold('worker', {
      env: { WORKER_QUEUES: 'system', OUTBOX_BATCH_SIZE: '25' },
    });
    workers.push(worker);
    await worker.waitUntilReady();
    return worker;
  }

  const count = async (sql: string, params: unknown[]) =>
    Number((await dataSource.query(sql, params))[0].count);

  it('delivers all 1,000 events exactly once in effect across a SIGKILL mid-burst', async () => {
    const workspaceId = randomUUID();
    const projectId = randomUUID();
    const events = Array.from({ length: EVENTS }, (_, i) =>
      i % 2 === 0
        ? new TaskCompletedV1(
            {
              taskId: randomUUID(),
              projectId,
              assigneeId: null,
              completedAt: new Date().toISOString(),
            },
            newEventMetadata(workspaceId, null),
          )
        : new MemberJoinedV1(
            { userId: randomUUID(), role: 'member', via: 'invitation' },
            newEventMetadata(workspaceId, null),
          ),
    );
    const ids = events.map((e) => e.id);
    const published = () =>
      count(
        `SELECT count(*) FROM messaging.outbox WHERE event_id = ANY($1::uuid[]) AND published_at IS NOT NULL`,
        [ids],
      );

    const first = await startWorker();
    const outbox = web.app.get(EventOutbox);
    const publishing = (async () => {
      for (let i = 0; i < EVENTS; i += 10) {
        await dataSource.transaction((manager) =>
          outbox.publish(manager, ...events.slice(i, i + 10)),
        );
      }
    })();
    const atKill = await waitFor('the relay to be part-way through', async () => {
      const n = await published();
      return n >= 150 ? n : undefined;
    });
    first.signal('SIGKILL');
    expect((await first.exited).code).toBeNull(); // killed, not exited
    await publishing;
    expect(atKill).toBeLessThan(EVENTS);
    expect(await published()).toBeLessThan(EVENTS);

    await startWorker();
    await waitFor(
      'every event to be published after the restart',
      async () => ((await published()) === EVENTS ? true : undefined),
      60_000,
    );

    // analytics.activity: one fact per event and counters that add up to exactly 1,000.
    expect(
      await count(`SELECT count(*) FROM analytics.activity_facts WHERE workspace_id = $1`, [
        workspaceId,
      ]),
    ).toBe(EVENTS);
    const counters = await dataSource.query(
      `SELECT kind, sum(count)::int AS total FROM analytics.daily_counters WHERE workspace_id = $1 GROUP BY kind ORDER BY kind`,
      [workspaceId],
    );
    expect(counters).toEqual([
      { kind: 'membersJoined', total: EVENTS / 2 },
      { kind: 'tasksCompleted', total: EVENTS / 2 },
    ]);
    // analytics.task-facts: one completed fact per completed task.
    expect(
      await count(
        `SELECT count(*) FROM analytics.task_facts WHERE workspace_id = $1 AND completed_at IS NOT NULL`,
        [workspaceId],
      ),
    ).toBe(EVENTS / 2);
    // projects.workspace-members: one member row per joined event.
    expect(
      await count(`SELECT count(*) FROM projects.members WHERE workspace_id = $1`, [workspaceId]),
    ).toBe(EVENTS / 2);
    // And each consumer's inbox saw each event of each type it handles exactly once. (Which
    // consumers exist grows with the modules; that each got all 500 of a type is what matters.)
    const inbox: { consumer: string; type: string; n: number }[] = await dataSource.query(
      `SELECT i.consumer, o.type, count(*)::int AS n
         FROM messaging.inbox i JOIN messaging.outbox o ON o.event_id = i.event_id
        WHERE i.event_id = ANY($1::uuid[]) GROUP BY 1, 2 ORDER BY 1, 2`,
      [ids],
    );
    expect(inbox.filter((row) => row.n !== EVENTS / 2)).toEqual([]);
    expect(inbox.map((row) => `${row.consumer} ${row.type}`)).toEqual(
      expect.arrayContaining([
        `analytics.activity ${MemberJoinedV1.TYPE}`,
        `analytics.activity ${TaskCompletedV1.TYPE}`,
        `analytics.task-facts ${TaskCompletedV1.TYPE}`,
        `projects.workspace-members ${MemberJoinedV1.TYPE}`,
      ]),
    );
    // Two workers started from the build and 1,000 events through every consumer: on a busy
    // machine more than Jest's default minute, though each wait above has its own bound.
  }, 180_000);
});
