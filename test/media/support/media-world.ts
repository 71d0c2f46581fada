import { randomUUID } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';

import { getQueueToken } from '@nestjs/bullmq';
import type { Job, Queue } from 'bullmq';
import sharp from 'sharp';
import { DataSource } from 'typeorm';

import type { IntegrationEventJson } from '../../../src/common/contracts/integration-event';
import { newEventMetadata } from '../../../src/common/correlation/new-event-metadata';
import type { TaskFileView } from '../../../src/modules/media/application/attachment-view';
import { RecordKnownTaskConsumer } from '../../../src/modules/media/consumers/record-known-task.consumer';
import type { AttachmentReadyPayload } from '../../../src/modules/media/contracts/attachment-ready.event';
import { TaskCreatedV1 } from '../../../src/modules/projects/contracts/task-created.event';
import { bearer, type SignedInUser, signUp } from '../../harness/accounts';
import { waitFor } from '../../support/wait-for';
import type { WebAppUnderTest } from '../../support/web-app-under-test';

export const attachmentsPath = (workspaceId: string, taskId: string) =>
  `/v1/workspaces/${workspaceId}/tasks/${taskId}/attachments`;

/** The reads of files of every type (v1's attachment reads show images only). */
export const filesPath = (workspaceId: string, taskId: string) =>
  `/v1/workspaces/${workspaceId}/tasks/${taskId}/files`;

/** A photo-like PNG: noise, so that it does not compress to nothing. */
export async function pngOf(width: number, height: number): Promise<Buffer> {
  return sharp({
    create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } },
  })
    .png()
    .toBuffer();
}

/**
 * A valid 20000×20000 1-bit greyscale PNG of about 50 KB that would decode to 400 megapixels.
 * Written by hand: encoding it through sharp would itself need the pixels.
 */
export function decompressionBomb(side = 20_000): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, no filter, no interlace
  const rows = Buffer.alloc(side * (1 + Math.ceil(side / 8))); // filter byte 0 + zero pixels
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export async function dimensionsAt(
  url: string,
): Promise<{ width: number; height: number; format: string }> {
  const response = await fetch(url);
  if (response.status !== 200) throw new Error(`GET ${url}: ${response.status}`);
  const { width, height, format } = await sharp(
    Buffer.from(await response.arrayBuffer()),
  ).metadata();
  return { width: width!, height: height!, format: format! };
}

export interface Accepted {
  status: number;
  location: string | undefined;
  jobId: string;
  attachmentId: string;
  text: string;
}

/** The web app under test, driven as a client would, plus direct looks at queue and tables. */
export class MediaWorld {
  readonly queue: Queue;

  constructor(readonly web: WebAppUnderTest) {
    this.queue = web.app.get<Queue>(getQueueToken('media'));
  }

  get db(): DataSource {
    return this.web.app.get(DataSource);
  }

  owner(label: string): Promise<SignedInUser> {
    return signUp(this.web.http, label);
  }

  /**
   * A task of the user's workspace, known to media as the worker would make it known: no worker
   * (relay) needs to run, the consumer is applied directly to the event projects would publish.
   * The task itself is not created in projects; tests that need that use the API and a worker.
   */
  async knownTask(user: SignedInUser, taskId: string = randomUUID()): Promise<string> {
    const event = new TaskCreatedV1(
      { taskId, projectId: randomUUID(), title: 'media test task', assigneeId: null },
      newEventMetadata(user.workspaceId, user.id),
    );
    await new RecordKnownTaskConsumer().apply(event, this.db.manager);
    return taskId;
  }

  /** Presigned way: announce, PUT the bytes to S3 directly with the headers given, complete. */
  async uploadPresigned(
    user: SignedInUser,
    bytes: Buffer,
    contentType = 'image/png',
    taskId?: string,
  ): Promise<Accepted> {
    const uploaded = await this.announcedAndPut(user, bytes, { contentType, taskId });
    const done = await this.web.http
      .post(`${attachmentsPath(user.workspaceId, uploaded.taskId)}/${uploaded.id}/complete`)
      .set(bearer(user.token));
    return accepted(done);
  }

  /**
   * Announced, and the bytes PUT to S3 with the headers the ticket names, but not completed: the
   * attachment stays pending (tests of the sweep, or of the processor run by hand).
   */
  async announcedAndPut(
    user: SignedInUser,
    bytes: Buffer,
    options: { contentType?: string; taskId?: string; fileName?: string } = {},
  ): Promise<{ id: string; taskId: string }> {
    const taskId = options.taskId ?? (await this.knownTask(user));
    const ticket = await this.web.http
      .post(attachmentsPath(user.workspaceId, taskId))
      .set(bearer(user.token))
      .send({
        fileName: options.fileName ?? 'picture.png',
        contentType: options.contentType ?? 'image/png',
        size: bytes.length,
      });
    if (ticket.status !== 201) throw new Error(`announce: ${ticket.status} ${ticket.text}`);
    const put = await fetch(ticket.body.uploadUrl, {
      method: 'PUT',
      headers: ticket.body.uploadHeaders,
      body: bytes,
    });
    if (put.status !== 200) throw new Error(`PUT to S3: ${put.status}`);
    return { id: ticket.body.id as string, taskId };
  }

  /** Streamed way: the bytes as the request body. */
  async uploadStreamed(
    user: SignedInUser,
    bytes: Buffer,
    contentType = 'image/png',
    taskId?: string,
    requestId = `media-${randomUUID()}`,
  ): Promise<Accepted> {
    const task = taskId ?? (await this.knownTask(user));
    const response = await this.web.http
      .post(`${attachmentsPath(user.workspaceId, task)}/upload`)
      .query({ fileName: 'streamed.png' })
      .set(bearer(user.token))
      .set('x-request-id', requestId)
      .set('content-type', contentType)
      .send(bytes);
    return accepted(response);
  }

  /**
   * A file of any type, either way of uploading, with the name and type a client would send:
   * `presigned` announces, PUTs with the ticket's headers and completes; `streamed` sends it as the
   * body. Answers the 202 (or the refusal) of the step that starts processing.
   */
  async uploadFile(
    user: SignedInUser,
    how: 'presigned' | 'streamed',
    bytes: Buffer,
    file: { fileName: string; contentType: string; taskId?: string },
  ): Promise<Accepted> {
    const taskId = file.taskId ?? (await this.knownTask(user));
    if (how === 'streamed') {
      const response = await this.web.http
        .post(`${attachmentsPath(user.workspaceId, taskId)}/upload`)
        .query({ fileName: file.fileName })
        .set(bearer(user.token))
        .set('content-type', file.contentType)
        .send(bytes);
      return accepted(response);
    }
    const uploaded = await this.announcedAndPut(user, bytes, { ...file, taskId });
    const done = await this.web.http
      .post(`${attachmentsPath(user.workspaceId, uploaded.taskId)}/${uploaded.id}/complete`)
      .set(bearer(user.token));
    return accepted(done);
  }

  async finishedJob(jobId: string, timeoutMs = 30_000): Promise<Job> {
    return waitFor(
      `job ${jobId} to finish`,
      async () => {
        const job = await this.queue.getJob(jobId);
        if (!job) return undefined;
        return job.finishedOn ? job : undefined;
      },
      timeoutMs,
    );
  }

  /** Any file, through `…/files/{id}` (an image is the same there as under `…/attachments`). */
  async attachment(user: SignedInUser, attachmentId: string): Promise<TaskFileView> {
    const [row]: { task_id: string }[] = await this.db.query(
      'SELECT task_id FROM media.attachments WHERE id = $1',
      [attachmentId],
    );
    if (!row) throw new Error(`no attachment ${attachmentId}`);
    const response = await this.web.http
      .get(`${filesPath(user.workspaceId, row.task_id)}/${attachmentId}`)
      .set(bearer(user.token));
    if (response.status !== 200)
      throw new Error(`GET attachment: ${response.status} ${response.text}`);
    return response.body;
  }

  async readyEvents(attachmentId: string): Promise<IntegrationEventJson<AttachmentReadyPayload>[]> {
    const rows: { event: IntegrationEventJson<AttachmentReadyPayload> }[] = await this.db.query(
      `SELECT event FROM messaging.outbox
         WHERE type = 'media.attachment.ready.v1' AND event->'payload'->>'attachmentId' = $1`,
      [attachmentId],
    );
    return rows.map((row) => row.event);
  }
}

function accepted(response: {
  status: number;
  headers: Record<string, string>;
  body: { jobId?: string; attachmentId?: string };
  text: string;
}): Accepted {
  return {
    status: response.status,
    location: response.headers.location,
    jobId: response.body.jobId ?? '',
    attachmentId: response.body.attachmentId ?? '',
    text: response.text,
  };
}
