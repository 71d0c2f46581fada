import { signUp } from '../harness/accounts';
import { apiOverUrl } from '../harness/api-client';
import type { NodeProcess } from '../harness/node-process';
import { startTenfold } from '../harness/tenfold-process';
import { deleteRabbitMqTopology } from '../support/rabbitmq-cleanup';
import { testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';

/**
 * Web and worker as separate processes, events through RabbitMQ: identity's member.joined reaches
 * projects (the new owner becomes assignable) and analytics; projects' task events reach analytics.
 */
describe('events end to end over RabbitMQ, web and worker as separate processes', () => {
  const env = { EVENT_TRANSPORT: 'rabbitmq' };
  const config = testConfig(env);
  let web: NodeProcess;
  let worker: NodeProcess;
  let baseUrl: string;

  beforeAll(async () => {
    web = await startTenfold('web', { env });
    worker = await startTenfold('worker', { env: { ...env, WORKER_QUEUES: 'system' } });
    baseUrl = web.origin;
    await web.waitUntilReady();
    await worker.waitUntilReady();
  });
  afterAll(async () => {
    await worker?.stop();
    await web?.stop();
    await deleteRabbitMqTopology(config.events.rabbitmqUrl, config.events.rabbitmqPrefix, [
      'analytics.activity',
      'projects.workspace-members',
    ]);
  });

  // Through the harness's client: its answers are checked against openapi.json like all others.
  const call = (method: string, path: string, token?: string, body?: unknown) =>
    apiOverUrl(baseUrl).request(method, path, { token, body });

  it('delivers identity and projects events to projects and analytics', async () => {
    const {
      token,
      id: userId,
      workspaceId,
    } = await signUp(apiOverUrl(baseUrl), 'rabbit', {
      verified: false,
      workspaceName: 'Over the broker',
    });
    const ws = `/v1/workspaces/${workspaceId}`;

    const project = await call('POST', `${ws}/projects`, token, { name: 'Broker' });
    const task = await call('POST', `${ws}/projects/${project.body.id}/tasks`, token, {
      title: 'Ship',
    });
    expect(task.status).toBe(201);

    // projects learns that the owner is a member only through identity.member.joined.v1.
    await waitFor(
      'the owner to be assignable (projects.workspace-members applied the join)',
      async () => {
        const assigned = await call('PUT', `${ws}/tasks/${task.body.id}/assignee`, token, {
          assigneeId: userId,
        });
        return assigned.status === 200 ? assigned : undefined;
      },
    );
    expect((await call('POST', `${ws}/tasks/${task.body.id}/complete`, token)).status).toBe(200);

    const report = await waitFor('analytics to count the completion', async () => {
      const current = await call('GET', `${ws}/analytics/activity?days=1`, token);
      return current.body?.totals?.tasksCompleted === 1 ? current.body : undefined;
    });
    expect(report.totals).toEqual({
      projectsCreated: 1,
      tasksCreated: 1,
      tasksAssigned: 1,
      tasksCompleted: 1,
      tasksReopened: 0,
      membersJoined: 1,
    });
    expect(worker.stdoutLines.join('\n')).toMatch(/relaying outbox to rabbitmq/);
  });
});
