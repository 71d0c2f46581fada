import { DomainError } from '../../../common/errors/domain-error';

/** The FX API does not know the currency (and tenfold never had a rate for it). */
export class CurrencyNotOffered extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'currency-not-offered';
  constructor(readonly currency: string) {
    super(`currency: ${currency} is not offered by the FX rates provider.`);
  }
}

/**
 * No rate at all: the FX API failed and no rate for the currency was ever known. Not a DomainError:
 * its kinds stop at 409, and this one is a 503 with Retry-After, mapped in http/ (docs/BILLING.md).
 */
export class FxRateUnavailable extends Error {
  constructor(
    readonly currency: string,
    readonly retryAfterSeconds: number,
  ) {
    super(`No rate for ${currency} is known and the FX rates provider is unavailable.`);
    this.name = 'FxRateUnavailable';
  }
}
