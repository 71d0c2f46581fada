import { setTimeout as sleep } from 'node:timers/promises';

import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';

import { INBOX_MAIL_JOB } from '../../src/modules/notifications/application/deliver-notification/inbox-mail-job';
import {
  InboxMailDelivery,
  type InboxMailJob,
} from '../../src/modules/notifications/jobs/inbox-mail-delivery';
import { bearer, signUp } from '../harness/accounts';
import { joinAs } from '../projects/support/projects-world';
import { mailsTo } from '../support/smtp-sink';
import { testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { WorkerAppUnderTest } from '../support/worker-app-under-test';
import { InboxWorld, type Owner } from './support/inbox-world';

/** Long enough for a second (duplicate) mail to reach the sink if one were on its way. */
const SETTLE_MS = 2_000;
const TASKS = 50;

const inboxMailsTo = async (address: string) =>
  (await mailsTo(address)).filter((mail) => mail.subject.startsWith('tenfold: '));

/**
 * Notifications by email are batched per recipient: the assignments are made while no worker
 * runs, so their 50 events reach the consumers together when it starts, well inside the batch
 * delay; then exactly one mail must reach the SMTP sink, naming every task.
 */
describe('personal notifications by email', () => {
  const config = testConfig({ RATE_LIMIT_PER_MINUTE: '100000', INBOX_MAIL_DELAY_SECONDS: '8' });
  let web: WebAppUnderTest;
  let worker: WorkerAppUnderTest | undefined;
  let world: InboxWorld;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(config);
    world = new InboxWorld(web);
  });
  afterAll(async () => {
    await worker?.close();
    await web?.close();
  });

  it('mails 50 assignments to one user as one mail naming every task, once', async () => {
    const signedUp = await signUp(web.http, 'mail-owner');
    const project = await web.http
      .post(`/v1/workspaces/${signedUp.workspaceId}/projects`)
      .set(bearer(signedUp.token))
      .send({ name: 'Mail project' });
    const owner: Owner = { ...signedUp, projectId: project.body.id };
    const ivy = await joinAs(web, owner, 'member', 'mail-ivy');
    const jon = await joinAs(web, owner, 'member', 'mail-jon');
    for (const user of [ivy, jon]) await world.announceJoin(owner.workspaceId, user.id);
    // Jon keeps assignments in the app only.
    await web.http
      .put('/v1/me/notification-preferences')
      .set(bearer(jon.token))
      .send({ assigned: 'in-app' })
      .expect(200);

    const titles = Array.from({ length: TASKS }, (_, i) => `Batch task ${i + 1}`);
    for (const title of titles) await world.createTask(owner, title, ivy.id);
    await world.createTask(owner, 'For Jon', jon.id);

    worker = await WorkerAppUnderTest.start(config);
    await world.itemsOf(ivy, TASKS);
    await world.itemsOf(jon, 1);
    const [mail] = await waitFor(
      'the batch mail to ivy',
      async () => {
        const mails = await inboxMailsTo(ivy.email);
        return mails.length > 0 ? mails : undefined;
      },
      60_000,
    );
    await sleep(SETTLE_MS);
    expect((await inboxMailsTo(ivy.email)).length).toBe(1);
    expect(mail!.subject).toBe(`tenfold: ${TASKS} new notifications`);
    for (const title of titles) expect(mail!.text).toContain(`"${title}"`);
    expect(await inboxMailsTo(jon.email)).toEqual([]);

    // Every item is in that one batch; running its job again (a retry after a crash between
    // claiming and sending) sends nothing more.
    const batches: { mail_batch: string }[] = await world.db.query(
      `SELECT DISTINCT mail_batch FROM notifications.inbox_items WHERE user_id = $1`,
      [ivy.id],
    );
    expect(batches).toHaveLength(1);
    const batch = batches[0]!.mail_batch;
    const queue = worker.app.get<Queue>(getQueueToken('notifications'), { strict: false });
    expect((await queue.getJob(batch))?.name).toBe(INBOX_MAIL_JOB);
    const retried = await worker.app
      .get(InboxMailDelivery)
      .deliver({ data: { userId: ivy.id, batch } } as InboxMailJob);
    expect(retried.mailed).toBe(TASKS);
    await sleep(SETTLE_MS);
    expect((await inboxMailsTo(ivy.email)).length).toBe(1);
  });
});
