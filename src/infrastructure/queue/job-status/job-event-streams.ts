import type { ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';

import { JobLookup, type VisibleJob } from './job-lookup';
import { FINISHED_STATES, progressOf } from './job-status';
import type { JobWaitSlot } from './job-wait-slots';

/** How often a stream re-reads its job; progress changes within one interval are merged. */
const POLL_INTERVAL_MS = 100;
/** A comment line this often keeps proxies from closing an idle stream. */
const HEARTBEAT_MS = 15_000;

/**
 * Server-Sent Events of one job's progress (`GET /v1/jobs/{id}/events`).
 *
 * Each stream polls its job in one sequential loop (state, then job, as the status route does)
 * instead of listening to BullMQ QueueEvents: what a client receives is then ordered by
 * construction (one writer, one read at a time, the final event last), a client that connects
 * late still gets the current progress, and nothing can be missed between subscribing and the
 * first read. The price is one pair of Redis reads per open stream every 100 ms, and progress
 * steps less than 100 ms apart reach the client merged (it sees the later value).
 */
@Injectable()
export class JobEventStreams implements BeforeApplicationShutdown {
  private readonly logger = new Logger('JobEventStreams');
  private readonly open = new Set<AbortController>();
  /** Between heartbeat comments; tests shorten it. */
  heartbeatMs = HEARTBEAT_MS;

  constructor(private readonly lookup: JobLookup) {}

  /** Streams being written right now (each one polls Redis): for tests and diagnostics. */
  get openStreams(): number {
    return this.open.size;
  }

  /**
   * Writes the job's events to `raw` until it finishes, the client goes away or the app shuts
   * down. The caller has checked visibility, taken the user's wait slot (kept alive here and
   * released when the stream ends) and taken the response over from Fastify.
   */
  async stream(
    found: VisibleJob,
    raw: ServerResponse,
    headers: Record<string, string>,
    slot: JobWaitSlot,
  ): Promise<void> {
    const stop = new AbortController();
    this.open.add(stop);
    const onClose = () => stop.abort();
    raw.on('close', onClose);
    raw.writeHead(200, {
      ...headers,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      // Nginx and similar proxies would otherwise buffer the stream.
      'x-accel-buffering': 'no',
    });
    raw.write(': job events\n\n');
    const id = found.job.id ?? '';
    let current: VisibleJob | null = found;
    let sentProgress = 0;
    let lastWrite = Date.now();
    const send = (event: string, data: unknown) => {
      raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      lastWrite = Date.now();
    };
    try {
      while (!stop.signal.aborted) {
        if (!current) {
          send('gone', { id, detail: 'The job was removed.' });
          break;
        }
        const progress = progressOf(current.job);
        if (progress !== sentProgress) {
          send('progress', { progress });
          sentProgress = progress;
        }
        if (FINISHED_STATES.has(current.state)) {
          send(current.state, this.lookup.statusOf(current));
          break;
        }
        if (Date.now() - lastWrite >= this.heartbeatMs) {
          raw.write(': heartbeat\n\n');
          lastWrite = Date.now();
        }
        await sleep(POLL_INTERVAL_MS, undefined, { signal: stop.signal }).catch(() => undefined);
        if (stop.signal.aborted) break;
        await slot.keepAlive();
        current = await this.lookup.read(current.queue, id);
      }
    } catch (error: unknown) {
      this.logger.error(error, `job events of ${id}`);
    } finally {
      raw.off('close', onClose);
      if (!raw.writableEnded) raw.end();
      // Released before the stream counts as closed: shutdown waits for it, Redis still open.
      await slot.release();
      this.open.delete(stop);
    }
  }

  /** Ends every open stream, so closing the server does not wait for clients to hang up. */
  async beforeApplicationShutdown(): Promise<void> {
    this.open.forEach((stop) => stop.abort());
    const deadline = Date.now() + 2_000;
    while (this.open.size > 0 && Date.now() < deadline) await sleep(20);
  }
}
