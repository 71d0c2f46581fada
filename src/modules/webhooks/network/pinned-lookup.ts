import type { LookupFunction } from 'node:net';

import type { ResolvedAddress } from './address-resolver';

/**
 * A `lookup` for the HTTP client that answers only the addresses already vetted, without asking
 * DNS again: a name that re-resolves to 10.0.0.1 between check and connect (DNS rebinding) cannot
 * redirect the connection. Node may ask for all addresses (happy eyeballs) or for one.
 */
export function pinnedLookup(addresses: ResolvedAddress[]): LookupFunction {
  return (_host, options, callback) => {
    const wanted = options.family === 4 || options.family === 6 ? options.family : undefined;
    const usable = addresses.filter(({ family }) => !wanted || family === wanted);
    if (usable.length === 0) {
      const error = Object.assign(new Error('no vetted address of the wanted family'), {
        code: 'ENOTFOUND',
      });
      callback(error, '', 0);
      return;
    }
    if (options.all) callback(null, usable);
    else callback(null, usable[0].address, usable[0].family);
  };
}
