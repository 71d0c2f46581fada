import type { ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Actor } from '../../../common/auth/actor';
import { SessionReader } from '../../../common/auth/session-reader';
import { AppConfig } from '../../../infrastructure/config/app-config';
import { type NotificationView, notificationViewOf } from '../application/notification-view';
import { inboxItemsAfter } from '../persistence/inbox-live.read';
import { LiveInbox } from './live-inbox';
import type { NotificationStreamSlot } from './notification-stream-slots';

/** Items a resumed stream replays at most; past it the stream says so and ends (see below). */
export const REPLAY_LIMIT = 500;
/** Ids a stream remembers having sent, to drop a duplicate publish. */
const REMEMBERED_IDS = 1_000;
/** What EventSource waits before reconnecting after the stream ends. */
const RETRY_MS = 1_000;

/** Why a stream ends from this side. */
type EndReason = 'shutdown' | 'client-gone';

/** Whom a stream serves, as read once at connect. */
export interface StreamOwner {
  actor: Actor;
  /** The bearer token, re-checked at every heartbeat: a logout ends the stream. */
  token: string;
}

/**
 * Server-Sent Events of the user's new notifications (`GET /v1/me/notifications/stream`,
 * docs/NOTIFICATIONS.md "Live delivery").
 *
 * Subscribe first, then replay: the stream follows the user's live channel (LiveInbox), buffering
 * what arrives, before it reads `id > Last-Event-ID` from the primary; once the replay is written
 * the buffer follows, and every id is written once (a remembered set drops repeats). Whatever
 * committed before the subscription is in the replay, whatever after it arrives live: no gap.
 */
@Injectable()
export class NotificationStreams implements BeforeApplicationShutdown {
  private readonly logger = new Logger('NotificationStreams');
  // stateless-ok: the streams open on this instance (sockets), ended at shutdown.
  private readonly open = new Set<AbortController>();

  constructor(
    private readonly live: LiveInbox,
    private readonly dataSource: DataSource,
    private readonly sessions: SessionReader,
    private readonly config: AppConfig,
  ) {}

  /** Streams open on this instance: for tests and diagnostics. */
  get openStreams(): number {
    return this.open.size;
  }

  /**
   * Writes to `raw` until the client goes away, its session ends or the app shuts down. The
   * caller has taken the user's slot (renewed here, released when the stream ends) and the
   * response from Fastify.
   */
  async stream(
    owner: StreamOwner,
    lastEventId: string | undefined,
    raw: ServerResponse,
    headers: Record<string, string>,
    slot: NotificationStreamSlot,
  ): Promise<void> {
    const stop = new AbortController();
    this.open.add(stop);
    const onClose = () => stop.abort('client-gone' satisfies EndReason);
    raw.on('close', onClose);
    const { actor } = owner;
    const workspaces = new Set(Object.keys(actor.memberships));
    const sent = new Set<string>();
    let replaying = true;
    const buffered: NotificationView[] = [];
    const write = (text: string) => {
      if (!raw.writableEnded && !raw.destroyed) raw.write(text);
    };
    const send = (item: NotificationView) => {
      if (sent.has(item.id)) return;
      sent.add(item.id);
      if (sent.size > REMEMBERED_IDS) sent.delete(sent.values().next().value as string);
      write(`id: ${item.id}\nevent: notification\ndata: ${JSON.stringify(item)}\n\n`);
    };
    const onItem = (item: NotificationView) => {
      // Only the workspaces the session had at connect, as the list route shows.
      if (!workspaces.has(item.workspaceId)) return;
      if (replaying) buffered.push(item);
      else send(item);
    };
    let unfollow: (() => Promise<void>) | undefined;
    try {
      raw.writeHead(200, {
        ...headers,
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      write(`retry: ${RETRY_MS}\n: notifications\n\n`);
      unfollow = await this.live.follow(actor.userId, onItem);
      if (lastEventId !== undefined) {
        const rows = await inboxItemsAfter(this.dataSource.manager, {
          userId: actor.userId,
          workspaceIds: [...workspaces],
          afterId: lastEventId,
          take: REPLAY_LIMIT + 1,
        });
        rows.slice(0, REPLAY_LIMIT).forEach((row) => send(notificationViewOf(row)));
        if (rows.length > REPLAY_LIMIT) {
          // More than a stream replays: the client reconnects with the last id and gets the rest.
          write(`event: replay-truncated\ndata: ${JSON.stringify({ limit: REPLAY_LIMIT })}\n\n`);
          return;
        }
      }
      replaying = false;
      buffered
        .splice(0)
        .sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1))
        .forEach(send);
      await this.heartbeats(owner, stop.signal, slot, write);
      if (stop.signal.reason === ('shutdown' satisfies EndReason)) {
        write(`event: reconnect\ndata: ${JSON.stringify({ reason: 'shutdown' })}\n\n`);
      }
    } catch (error: unknown) {
      this.logger.error(error, `notification stream of ${actor.userId}`);
    } finally {
      raw.off('close', onClose);
      if (!raw.writableEnded) raw.end();
      await unfollow?.();
      // Released before the stream counts as closed: shutdown waits for it, Redis still open.
      await slot.release();
      this.open.delete(stop);
    }
  }

  /** Ends every open stream with a `reconnect` event, so closing the server does not hang. */
  async beforeApplicationShutdown(): Promise<void> {
    this.open.forEach((stop) => stop.abort('shutdown' satisfies EndReason));
    const deadline = Date.now() + 2_000;
    while (this.open.size > 0 && Date.now() < deadline) await sleep(20);
  }

  /** Until `signal`: a comment line per interval, renewing the slot and re-reading the session. */
  private async heartbeats(
    owner: StreamOwner,
    signal: AbortSignal,
    slot: NotificationStreamSlot,
    write: (text: string) => void,
  ): Promise<void> {
    const interval = this.config.liveNotifications.heartbeatMs;
    while (!signal.aborted) {
      await sleep(interval, undefined, { signal }).catch(() => undefined);
      if (signal.aborted) return;
      const session = await this.sessions.authenticate(owner.token).catch(() => null);
      // Redis unreachable (null) keeps the stream; a session Redis no longer has ends it.
      if (session === undefined) {
        write(`event: session-ended\ndata: {}\n\n`);
        return;
      }
      write(': heartbeat\n\n');
      await slot.keepAlive();
    }
  }
}
