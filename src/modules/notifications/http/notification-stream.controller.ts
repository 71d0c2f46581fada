import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';

import type { Actor } from '../../../common/auth/actor';
import { Auth } from '../../../common/auth/auth.decorator';
import { authenticationRequired } from '../../../common/auth/auth.errors';
import { bearerTokenOf } from '../../../common/auth/bearer-token';
import { CurrentActor } from '../../../common/auth/current-actor.decorator';
import { ApiProblems } from '../../../common/http/openapi/api-problems.decorator';
import { ProblemException } from '../../../common/http/problem.exception';
import { NotificationStreamSlots } from '../live/notification-stream-slots';
import { NotificationStreams, REPLAY_LIMIT } from '../live/notification-streams';

/** An inbox item id: a positive 64-bit integer, as the stream sent it. */
const MAX_ITEM_ID = 9_223_372_036_854_775_807n;
const isItemId = (value: string) => /^\d{1,19}$/.test(value) && BigInt(value) <= MAX_ITEM_ID;

/** The user's new notifications as they happen (docs/NOTIFICATIONS.md, "Live delivery"). */
@ApiTags('notifications')
@Controller('me/notifications')
export class NotificationStreamController {
  constructor(
    private readonly streams: NotificationStreams,
    private readonly slots: NotificationStreamSlots,
  ) {}

  @Get('stream')
  @Auth()
  @ApiProduces('text/event-stream')
  @ApiOperation({
    operationId: 'streamMyNotifications',
    summary: 'Follow your new notifications as Server-Sent Events',
    description:
      'Any instance serves any user. With `Last-Event-ID`, first replays every notification ' +
      `after that id, oldest first (at most ${REPLAY_LIMIT}; past that a \`replay-truncated\` ` +
      'event ends the stream: reconnect with the last id), then the new ones as they happen. ' +
      'Over NOTIFICATION_STREAMS_PER_USER open streams: 429. Browsers: EventSource cannot send ' +
      'Authorization; use fetch() with a streamed body.',
  })
  @ApiHeader({
    name: 'Last-Event-ID',
    required: false,
    description: 'The `id` of the last event received: resume after it',
    schema: { type: 'string', example: '1024' },
  })
  @ApiOkResponse({
    description:
      'Server-Sent Events: `notification` (id: the notification id; data: as listMyNotifications ' +
      'lists it) per notification; a comment line per NOTIFICATION_STREAM_HEARTBEAT_MS; ' +
      '`session-ended` after a logout, `reconnect` when the instance shuts down, ' +
      '`replay-truncated` (see above), each followed by the end of the stream',
    schema: {
      type: 'string',
      example:
        'retry: 1000\n: notifications\n\nid: 1024\nevent: notification\n' +
        'data: {"id":"1024","kind":"assigned",…}\n\n',
    },
  })
  @ApiProblems({ 400: ['invalid-last-event-id'], 429: ['too-many-notification-streams'] })
  async stream(
    @CurrentActor() actor: Actor,
    @Headers('authorization') authorization: string | undefined,
    @Headers('last-event-id') lastEventId: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    // Checked before the stream starts, so a refusal is still an ordinary problem+json answer.
    const token = bearerTokenOf(authorization);
    if (!token) throw authenticationRequired();
    const resumeAfter = lastEventId === undefined || lastEventId === '' ? undefined : lastEventId;
    if (resumeAfter !== undefined && !isItemId(resumeAfter)) throw invalidLastEventId();
    const slot = await this.slots.take(actor.userId);
    const headers = Object.fromEntries(
      Object.entries(reply.getHeaders()).map(([name, value]) => [name, String(value)]),
    );
    reply.hijack();
    // Not awaited: the handler's work (and its time budget) ends when the stream is under way.
    void this.streams.stream({ actor, token }, resumeAfter, reply.raw, headers, slot);
  }
}

function invalidLastEventId(): ProblemException {
  return new ProblemException({
    status: 400,
    title: 'Bad Request',
    detail: 'Last-Event-ID must be the id of an event this stream sent (a positive integer).',
    code: 'invalid-last-event-id',
  });
}
