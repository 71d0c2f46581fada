import { DomainError } from '../../../common/errors/domain-error';
import { QuotaExceeded } from '../../../common/errors/quota-exceeded';

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

/** The workspace has as many endpoints as it may (409): delete one to add another. */
export class TooManyEndpoints extends QuotaExceeded {
  constructor(limit: number, current: number) {
    super(
      'webhook-endpoints-limit',
      limit,
      current,
      `This workspace has ${current} webhook endpoints; at most ${limit} are allowed. Delete one to add another.`,
    );
  }
}
