import { DataSource } from 'typeorm';

import { CopyExistingUserEmailsToProjects1795582000001 } from '../../migrations/1795582000001-copy-existing-user-emails-to-projects';
import { createWorkerApp } from '../../src/app/create-worker-app';
import { newEventMetadata } from '../../src/common/correlation/new-event-metadata';
import { ConsumerRegistry } from '../../src/infrastructure/events/consumer-registry';
import { UserRegisteredV1 } from '../../src/modules/identity/contracts/user-registered.event';
import { UserEmailsConsumer } from '../../src/modules/projects/consumers/user-emails.consumer';
import { bearer, signUp } from '../harness/accounts';
import { runMigration } from '../support/run-migration';
import { testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';
import type { WebAppUnderTest } from '../support/web-app-under-test';
import { WorkerAppUnderTest } from '../support/worker-app-under-test';
import { commentsPath } from './support/comments-world';
import { createProject, createTask } from './support/projects-api';
import { joinAs, signUpOwner, startWebApp } from './support/projects-world';

/** projects.user_emails: the addresses `@email` mentions resolve with, fed by identity's sign-ups. */
describe('projects.user-emails: the address projection behind @email mentions', () => {
  let web: WebAppUnderTest;
  let db: DataSource;
  let worker: WorkerAppUnderTest | undefined;

  beforeAll(async () => {
    web = await startWebApp();
    db = web.app.get(DataSource);
  });
  afterAll(async () => {
    await worker?.close();
    await web?.close();
  });

  const addressOf = async (userId: string): Promise<string | undefined> =>
    (await db.query(`SELECT email FROM projects.user_emails WHERE user_id = $1`, [userId]))[0]
      ?.email;

  it('stores the lower-cased address once, however often the event comes', async () => {
    const userId = '0f0e0d0c-0b0a-4009-8807-060504030201';
    const event = new UserRegisteredV1(
      { userId, email: 'Ann@Example.TEST' },
      newEventMetadata('1f0e0d0c-0b0a-4009-8807-060504030201', userId),
    );
    const consumer = new UserEmailsConsumer();
    await db.transaction((manager) => consumer.apply(event, manager));
    await db.transaction((manager) => consumer.apply(event, manager));
    expect(
      await db.query(`SELECT email FROM projects.user_emails WHERE user_id = $1`, [userId]),
    ).toEqual([{ email: 'ann@example.test' }]);
  });

  it('the upgrade migration copies the addresses of existing accounts, and may run twice', async () => {
    const earlier = await signUp(web.http, 'emails-earlier');
    expect(await addressOf(earlier.id)).toBeUndefined(); // no worker: the event is still queued
    await runMigration(db, new CopyExistingUserEmailsToProjects1795582000001());
    await runMigration(db, new CopyExistingUserEmailsToProjects1795582000001());
    expect(await addressOf(earlier.id)).toBe(earlier.email.toLowerCase());
  });

  it('with the worker running, a new member can be mentioned by address', async () => {
    const owner = await signUpOwner(web, 'emails-owner');
    const member = await joinAs(web, owner, 'member', 'emails-member');
    const task = (await createTask(web, owner, (await createProject(web, owner)).id)).id;
    worker = await WorkerAppUnderTest.start(testConfig());
    await waitFor('the sign-up to reach projects.user_emails', async () =>
      (await addressOf(member.id)) === undefined ? undefined : true,
    );
    const response = await web.http
      .post(commentsPath(owner.workspaceId, task))
      .set(bearer(owner.token))
      .send({ body: `@${member.email} over to you` });
    expect(response.status).toBe(201);
    expect(response.body.mentionedUserIds).toEqual([member.id]);
  });

  it('is registered in the worker for identity.user.registered.v1', async () => {
    // Initialised only: the registry is filled at start-up; the relay (not started) stays out of it.
    const app = await createWorkerApp(testConfig());
    try {
      const names = app
        .get(ConsumerRegistry)
        .consumersOf(UserRegisteredV1.TYPE)
        .map((registered) => registered.name);
      expect(names).toContain('projects.user-emails');
    } finally {
      await app.close();
    }
  });
});
