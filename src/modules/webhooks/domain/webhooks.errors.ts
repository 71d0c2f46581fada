import { DomainError } from '../../../common/errors/domain-error';

/** Also the answer for another workspace's endpoint. */
export class EndpointNotFound extends DomainError {
  readonly kind = 'not-found';
  readonly code = 'webhook-endpoint-not-found';
  constructor() {
    super('No such webhook endpoint in this workspace.');
  }
}

export class DeliveryNotFound extends DomainError {
  readonly kind = 'not-found';
  readonly code = 'webhook-delivery-not-found';
  constructor() {
    super('No such delivery for this endpoint.');
  }
}
