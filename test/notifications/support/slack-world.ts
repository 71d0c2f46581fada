import { getQueueToken } from '@nestjs/bullmq';
import type { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';

import { slackJobIdOf } from '../../../src/modules/notifications/application/slack-notification-job';
import { bearer, signUp, type SignedInUser } from '../../harness/accounts';
import { waitFor } from '../../support/wait-for';
import type { WebAppUnderTest } from '../../support/web-app-under-test';
import type { WorkerAppUnderTest } from '../../support/worker-app-under-test';

export interface SlackConnectionAnswer {
  connected: boolean;
  webhookUrlHint: string | null;
  state: 'active' | 'broken' | null;
  brokenReason: string | null;
  brokenAt: string | null;
  connectedAt: string | null;
  lastDeliveredAt: string | null;
}

export interface CreatedTask {
  id: string;
  title: string;
}

/** The web and worker apps of the test file, and what the Slack tests do with them. */
export class SlackWorld {
  constructor(
    readonly web: WebAppUnderTest,
    readonly worker: WorkerAppUnderTest,
  ) {}

  get queue(): Queue {
    return this.worker.app.get<Queue>(getQueueToken('notifications'), { strict: false });
  }

  private get db(): DataSource {
    return this.web.app.get(DataSource);
  }

  slackPath(workspaceId: string): string {
    return `/v1/workspaces/${workspaceId}/integrations/slack`;
  }

  /** A new user and workspace, with a project to put tasks in. */
  async newWorkspace(label: string): Promise<SignedInUser & { projectId: string }> {
    const owner = await signUp(this.web.http, label);
    const project = await this.web.http
      .post(`/v1/workspaces/${owner.workspaceId}/projects`)
      .set(bearer(owner.token))
      .send({ name: `${label} project` });
    if (project.status !== 201) throw new Error(`project: ${project.status} ${project.text}`);
    return { ...owner, projectId: project.body.id };
  }

  async connect(user: SignedInUser, webhookUrl: string): Promise<SlackConnectionAnswer> {
    const response = await this.web.http
      .put(this.slackPath(user.workspaceId))
      .set(bearer(user.token))
      .send({ webhookUrl });
    if (response.status !== 200) throw new Error(`connect: ${response.status} ${response.text}`);
    return response.body;
  }

  async connection(user: SignedInUser): Promise<SlackConnectionAnswer> {
    const response = await this.web.http
      .get(this.slackPath(user.workspaceId))
      .set(bearer(user.token));
    if (response.status !== 200) throw new Error(`get: ${response.status} ${response.text}`);
    return response.body;
  }

  async createTask(
    user: SignedInUser & { projectId: string },
    title: string,
  ): Promise<CreatedTask> {
    const response = await this.web.http
      .post(`/v1/workspaces/${user.workspaceId}/projects/${user.projectId}/tasks`)
      .set(bearer(user.token))
      .send({ title });
    if (response.status !== 201) throw new Error(`task: ${response.status} ${response.text}`);
    return { id: response.body.id, title };
  }

  /** Completes the task and answers how long the API took to say so. */
  async complete(user: SignedInUser, task: CreatedTask): Promise<number> {
    const started = performance.now();
    const response = await this.web.http
      .post(`/v1/workspaces/${user.workspaceId}/tasks/${task.id}/complete`)
      .set(bearer(user.token));
    const elapsed = performance.now() - started;
    if (response.status !== 200) throw new Error(`complete: ${response.status} ${response.text}`);
    return elapsed;
  }

  /** The task.completed event of the task, as the outbox holds it. */
  async completionOf(task: CreatedTask): Promise<{ id: string; [key: string]: unknown }> {
    return waitFor(`the completion event of ${task.title}`, async () => {
      const [row] = await this.db.query(
        `SELECT event FROM messaging.outbox
          WHERE type = 'projects.task.completed.v1' AND event->'payload'->>'taskId' = $1`,
        [task.id],
      );
      return row?.event;
    });
  }

  /** Waits until the given consumer has applied the event (its inbox row exists). */
  async consumed(consumer: string, eventId: string): Promise<void> {
    await waitFor(`${consumer} to apply ${eventId}`, async () => {
      const rows = await this.db.query(
        `SELECT 1 FROM messaging.inbox WHERE consumer = $1 AND event_id = $2`,
        [consumer, eventId],
      );
      return rows.length > 0 ? true : undefined;
    });
  }

  async jobFor(task: CreatedTask): Promise<Job | undefined> {
    const event = await this.completionOf(task);
    return this.queue.getJob(slackJobIdOf(event.id));
  }

  async jobLogs(job: Job): Promise<string[]> {
    return (await this.queue.getJobLogs(job.id!)).logs;
  }
}
