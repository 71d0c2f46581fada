import { DomainError } from '../../../common/errors/domain-error';
import { QuotaExceeded } from '../../../common/errors/quota-exceeded';

export class InvalidSlackWebhookUrl extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'invalid-slack-webhook-url';
}

/** The workspace has requested as many digests today (UTC) as it may: 429 until the day ends. */
export class TooManyDigestsToday extends QuotaExceeded {
  constructor(limit: number, current: number, secondsUntilTomorrow: number) {
    super(
      'digests-per-day-limit',
      limit,
      current,
      `This workspace has requested ${current} digests today (UTC); at most ${limit} are allowed per day. Try again after midnight UTC.`,
      secondsUntilTomorrow,
    );
  }
}

/** No such notification among the caller's own (someone else's id reads the same: no leak). */
export class NotificationNotFound extends DomainError {
  readonly kind = 'not-found';
  readonly code = 'notification-not-found';
  constructor() {
    super('No notification of yours has this id.');
  }
}
