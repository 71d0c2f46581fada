import { DataSource } from 'typeorm';

import { newEventMetadata } from '../../src/common/correlation/new-event-metadata';
import { EventTypeRegistry } from '../../src/infrastructure/events/event-type-registry';
import { MemberJoinedV1 } from '../../src/modules/identity/contracts/member-joined.event';
import { AdvanceOnboardingConsumer } from '../../src/modules/onboarding/consumers/advance-onboarding.consumer';
import type { OnboardingChecklist } from '../../src/modules/onboarding/domain/onboarding-steps';
import { createProject, createTask, workspacePath } from '../projects/support/projects-api';
import { joinAs, signUpOwner } from '../projects/support/projects-world';
import { bearer, type SignedInUser } from '../harness/accounts';
import { testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { WorkerAppUnderTest } from '../support/worker-app-under-test';

/** Onboarding checklists end to end: web and worker in this process, real Postgres and Redis. */
describe('onboarding', () => {
  const config = testConfig({ RATE_LIMIT_PER_MINUTE: '100000' });
  let web: WebAppUnderTest;
  let worker: WorkerAppUnderTest;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(config);
    worker = await WorkerAppUnderTest.start(config);
  });
  afterAll(async () => {
    await worker?.close();
    await web?.close();
  });

  const path = (user: SignedInUser) => `${workspacePath(user.workspaceId)}/onboarding`;
  const checklist = async (user: SignedInUser): Promise<OnboardingChecklist> => {
    const response = await web.http.get(path(user)).set(bearer(user.token));
    expect(response.status).toBe(200);
    return response.body;
  };
  const stateOf = async (user: SignedInUser, step: string) =>
    (await checklist(user)).steps.find((s) => s.step === step);
  const untilDone = (user: SignedInUser, step: string) =>
    waitFor(`${step} done`, async () => {
      const found = await stateOf(user, step);
      return found?.state === 'done' ? found : undefined;
    });
  const skip = (user: SignedInUser, body: object) =>
    web.http.patch(path(user)).set(bearer(user.token)).send(body);
  const completedEvents = async (user: SignedInUser) =>
    (await web.app.get(DataSource).query(
      `SELECT event FROM messaging.outbox WHERE type = 'onboarding.completed.v1'
         AND event->>'workspaceId' = $1 AND event->>'actorId' = $2`,
      [user.workspaceId, user.id],
    )) as { event: { payload: { userId: string; done: string[]; skipped: string[] } } }[];
  /** Applies the consumer again to a stored event, as a delivery after a crash would. */
  const redeliver = async (type: string, workspaceId: string) => {
    const [row]: { event: never }[] = await web.app
      .get(DataSource)
      .query(`SELECT event FROM messaging.outbox WHERE type = $1 AND event->>'workspaceId' = $2`, [
        type,
        workspaceId,
      ]);
    const event = worker.app.get(EventTypeRegistry).revive(row.event)!;
    expect(event).toBeDefined();
    const consumer = worker.app.get(AdvanceOnboardingConsumer);
    await web.app.get(DataSource).transaction((manager) => consumer.apply(event as never, manager));
  };

  it('advances from events, ignores redeliveries and completes exactly once', async () => {
    const owner = await signUpOwner(web, 'onboard');
    expect((await checklist(owner)).completed).toBe(false);

    const created = await untilDone(owner, 'create-workspace');
    expect(created.at).toEqual(expect.any(String));

    const project = await createProject(web, owner);
    const projectStep = await untilDone(owner, 'create-project');

    const task = await createTask(web, owner, project.id);
    const completion = await web.http
      .post(`${workspacePath(owner.workspaceId)}/tasks/${task.id}/complete`)
      .set(bearer(owner.token));
    expect(completion.status).toBe(200);
    await untilDone(owner, 'complete-task');

    // A redelivered event (e.g. after a crash before the inbox committed) changes nothing.
    const before = await checklist(owner);
    await redeliver('projects.project.created.v1', owner.workspaceId);
    await redeliver('identity.member.joined.v1', owner.workspaceId);
    expect(await checklist(owner)).toEqual(before);
    expect((await stateOf(owner, 'create-project'))!.at).toBe(projectStep.at);
    expect(before).toMatchObject({ completed: false, dismissed: false });
    expect(before.steps.filter((s) => s.state === 'open').map((s) => s.step)).toEqual([
      'invite-member',
      'connect-slack',
    ]);

    // The last step skipped by two concurrent requests, then once more: one event.
    const skips = await Promise.all([
      skip(owner, { skip: ['connect-slack', 'invite-member'] }),
      skip(owner, { skip: ['invite-member', 'connect-slack'] }),
    ]);
    expect(skips.map((r) => r.status)).toEqual([200, 200]);
    expect((await skip(owner, { skip: ['connect-slack'] })).status).toBe(200);
    const done = await checklist(owner);
    expect(done.completed).toBe(true);
    expect(done.steps.map((s) => [s.step, s.state])).toEqual([
      ['create-workspace', 'done'],
      ['invite-member', 'skipped'],
      ['create-project', 'done'],
      ['connect-slack', 'skipped'],
      ['complete-task', 'done'],
    ]);
    const events = await completedEvents(owner);
    expect(events).toHaveLength(1);
    expect(events[0].event.payload).toEqual({
      userId: owner.id,
      done: ['create-workspace', 'create-project', 'complete-task'],
      skipped: ['invite-member', 'connect-slack'],
    });

    // Redelivering a done step's event after completion publishes nothing more.
    await redeliver('projects.task.completed.v1', owner.workspaceId);
    expect(await completedEvents(owner)).toHaveLength(1);

    const dismissed = await skip(owner, { dismiss: true });
    expect(dismissed.status).toBe(200);
    expect(dismissed.body).toMatchObject({ completed: true, dismissed: true });
  });

  it('completes exactly once when many requests skip the last open step at once', async () => {
    const owner = await signUpOwner(web, 'onboard-race');
    await untilDone(owner, 'create-workspace');
    const first = await skip(owner, { skip: ['invite-member', 'create-project', 'complete-task'] });
    expect(first.body.completed).toBe(false);
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => skip(owner, { skip: ['connect-slack'] })),
    );
    expect(answers.every((r) => r.status === 200 && r.body.completed === true)).toBe(true);
    expect(await completedEvents(owner)).toHaveLength(1);
  });

  it('marks connect-slack done for the member who connects Slack, and only for them', async () => {
    const owner = await signUpOwner(web, 'onboard-slack');
    await untilDone(owner, 'create-workspace');
    const admin = await joinAs(web, owner, 'admin', 'onboard-slack-admin');
    const slackPath = `${workspacePath(owner.workspaceId)}/integrations/slack`;
    // Outside production a loopback stand-in is accepted; connecting sends nothing to it.
    const secret = `s3cr3t${Math.random().toString(36).slice(2, 10)}`;
    const connect = (user: SignedInUser) =>
      web.http
        .put(slackPath)
        .set(bearer(user.token))
        .send({ webhookUrl: `http://127.0.0.1:9/services/T0/B0/${secret}` });

    expect((await connect(admin)).status).toBe(200);
    const adminStep = await untilDone(admin, 'connect-slack');
    expect(adminStep.at).toEqual(expect.any(String));

    const rows: { event: { actorId: string; payload: object } }[] = await web.app
      .get(DataSource)
      .query(
        `SELECT event FROM messaging.outbox
          WHERE type = 'notifications.slack.connected.v1' AND event->>'workspaceId' = $1`,
        [owner.workspaceId],
      );
    expect(rows).toHaveLength(1);
    expect(rows[0].event).toMatchObject({
      actorId: admin.id,
      payload: { connectionId: expect.any(String) },
    });
    expect(Object.keys(rows[0].event.payload)).toEqual(['connectionId']);
    expect(JSON.stringify(rows[0].event)).not.toContain(secret);

    // The event was consumed (the admin's step is done) and credited the actor only.
    expect((await stateOf(owner, 'connect-slack'))!.state).toBe('open');

    // A redelivery changes nothing, not even `at`.
    await redeliver('notifications.slack.connected.v1', owner.workspaceId);
    expect(await stateOf(admin, 'connect-slack')).toEqual(adminStep);

    // Reconnecting (a new connection) credits whoever does it.
    expect((await connect(owner)).status).toBe(200);
    await untilDone(owner, 'connect-slack');
    expect(await stateOf(admin, 'connect-slack')).toEqual(adminStep);
  });

  it("marks invite-member done for the workspace's creator when someone joins by invitation", async () => {
    const owner = await signUpOwner(web, 'onboard-invite');
    await untilDone(owner, 'create-workspace');
    const joined = new MemberJoinedV1(
      { userId: '00000000-0000-4000-8000-0000000000aa', role: 'member', via: 'invitation' },
      newEventMetadata(owner.workspaceId, '00000000-0000-4000-8000-0000000000aa'),
    );
    await web.app
      .get(DataSource)
      .transaction((manager) => worker.app.get(AdvanceOnboardingConsumer).apply(joined, manager));
    expect(await stateOf(owner, 'invite-member')).toMatchObject({ state: 'done' });
  });

  it('answers 404 for a workspace the caller is not a member of', async () => {
    const owner = await signUpOwner(web, 'onboard-a');
    const stranger = await signUpOwner(web, 'onboard-b');
    const foreign = { ...stranger, workspaceId: owner.workspaceId };
    expect((await web.http.get(path(foreign)).set(bearer(stranger.token))).status).toBe(404);
    expect((await skip(foreign, { skip: ['connect-slack'] })).status).toBe(404);
    expect((await stateOf(owner, 'connect-slack'))!.state).toBe('open');
  });

  it('answers 400 naming an unknown step, and changes nothing', async () => {
    const owner = await signUpOwner(web, 'onboard-bad');
    const response = await skip(owner, { skip: ['connect-slack', 'launch-rocket'] });
    expect(response.status).toBe(400);
    expect(response.text).toContain('launch-rocket');
    expect((await stateOf(owner, 'connect-slack'))!.state).toBe('open');
    expect((await skip(owner, { skip: 'connect-slack' })).status).toBe(400);
    expect((await skip(owner, { dismiss: 'yes' })).status).toBe(400);
  });
});
