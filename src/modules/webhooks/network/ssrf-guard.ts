import { Injectable } from '@nestjs/common';
import type { LookupFunction } from 'node:net';

import { AppConfig } from '../../../infrastructure/config/app-config';
import { forbiddenReason } from '../domain/address-verdict';
import { blockListOf } from '../domain/forbidden-networks';
import { isLocalhostName, parseWebhookUrl } from '../domain/webhook-url';
import { WebhookUrlRefused } from '../domain/webhook-url.errors';
import { AddressResolver, type ResolvedAddress } from './address-resolver';
import { pinnedLookup } from './pinned-lookup';

/** A URL that passed the guard, and the only addresses a request to it may connect to. */
export interface VettedTarget {
  url: string;
  addresses: ResolvedAddress[];
  lookup: LookupFunction;
}

/** What `localhost` and `*.localhost` resolve to here, whatever DNS would say (RFC 6761). */
const LOCALHOST: ResolvedAddress[] = [{ address: '127.0.0.1', family: 4 }];

/**
 * Server-side request forgery guard for customer webhooks: http(s) only, no credentials, and every
 * address the host resolves to must be public (or in WEBHOOK_ALLOWED_NETWORKS). Requests then
 * connect through `lookup`, pinned to the vetted addresses. docs/WEBHOOKS.md, "SSRF rules".
 */
@Injectable()
export class SsrfGuard {
  private readonly allowed;

  constructor(
    private readonly resolver: AddressResolver,
    config: AppConfig,
  ) {
    this.allowed = blockListOf(config.webhooks.allowedNetworks);
  }

  /** Throws WebhookUrlRefused naming the reason (never the address a name resolves to). */
  async vet(raw: string): Promise<VettedTarget> {
    const { url, host, literal } = parseWebhookUrl(raw);
    const addresses = literal
      ? [{ address: literal, family: literal.includes(':') ? 6 : 4 } as ResolvedAddress]
      : await this.resolve(host);
    for (const { address } of addresses) {
      const reason = forbiddenReason(address, this.allowed);
      if (reason === null) continue;
      // A literal is the caller's own text, so naming its kind tells them nothing new. What a name
      // resolves to is our network's business: naming it (10.0.0.5, "a loopback address") would
      // let anyone who may create an endpoint map internal DNS. Refuse without saying.
      throw new WebhookUrlRefused(
        literal ? `${address} is ${reason}` : `${host} resolves to a non-public address`,
      );
    }
    return { url: url.toString(), addresses, lookup: pinnedLookup(addresses) };
  }

  private async resolve(host: string): Promise<ResolvedAddress[]> {
    if (isLocalhostName(host)) return LOCALHOST;
    let addresses: ResolvedAddress[];
    try {
      addresses = await this.resolver.resolve(host);
    } catch (error) {
      const code = (error as { code?: string }).code ?? 'lookup failed';
      throw new WebhookUrlRefused(`${host} cannot be resolved (${code})`);
    }
    if (addresses.length === 0) throw new WebhookUrlRefused(`${host} has no address`);
    return addresses;
  }
}
