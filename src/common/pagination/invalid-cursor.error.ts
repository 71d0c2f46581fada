import { DomainError } from '../errors/domain-error';

/** A `cursor` the list did not hand out: 400 `invalid-cursor`, whichever list it was sent to. */
export class InvalidCursor extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'invalid-cursor';
  constructor() {
    super('cursor must be a nextCursor value returned by this list.');
  }
}
