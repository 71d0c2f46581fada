import { DomainError } from '../../../common/errors/domain-error';

/** The URL is not one a customer webhook may call; the message says why. */
export class WebhookUrlRefused extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'webhook-url-refused';
  constructor(readonly reason: string) {
    super(`Webhook URL refused: ${reason}.`);
  }
}
