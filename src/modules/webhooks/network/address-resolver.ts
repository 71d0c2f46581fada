import { lookup } from 'node:dns/promises';

import { Injectable } from '@nestjs/common';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to every address (A and AAAA). Unit tests swap in a fake DNS. */
export abstract class AddressResolver {
  abstract resolve(host: string): Promise<ResolvedAddress[]>;
}

@Injectable()
export class DnsAddressResolver extends AddressResolver {
  async resolve(host: string): Promise<ResolvedAddress[]> {
    const addresses = await lookup(host, { all: true, order: 'verbatim' });
    return addresses.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
  }
}
