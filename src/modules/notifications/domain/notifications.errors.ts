import { DomainError } from '../../../common/errors/domain-error';

export class InvalidSlackWebhookUrl extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'invalid-slack-webhook-url';
}
