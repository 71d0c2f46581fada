import { BlockList, isIPv4, isIPv6 } from 'node:net';

import { FORBIDDEN_IPV4, FORBIDDEN_IPV6, type ForbiddenRule } from './forbidden-networks';
import { ipv6Bytes } from './ipv6-bytes';

/** IPv6 forms that carry an IPv4 address inside: judged by the address they carry. */
const EMBEDDINGS: { form: string; prefix: number[]; at: number }[] = [
  { form: 'an IPv4-mapped form', prefix: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff], at: 12 },
  { form: 'an IPv4-translated form', prefix: [0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0, 0], at: 12 },
  { form: 'a NAT64 form', prefix: [0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0], at: 12 },
  { form: 'an IPv4-compatible form', prefix: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], at: 12 },
  { form: 'a 6to4 form', prefix: [0x20, 0x02], at: 2 },
];

/**
 * Why a customer webhook must not reach `address` ("a private address"), or null when it may.
 * Networks in `allowed` (WEBHOOK_ALLOWED_NETWORKS) are always reachable.
 */
export function forbiddenReason(address: string, allowed: BlockList): string | null {
  const bare = address.split('%')[0];
  if (isIPv4(bare)) {
    if (allowed.check(bare, 'ipv4')) return null;
    return firstMatch(FORBIDDEN_IPV4, bare, 'ipv4');
  }
  if (!isIPv6(bare)) return 'not an IP address';
  if (allowed.check(bare, 'ipv6')) return null;
  const embedded = embeddedIpv4(bare);
  if (embedded && allowed.check(embedded.ipv4, 'ipv4')) return null;
  // IPv6 rules first: `::` and `::1` also look IPv4-compatible, but are judged as what they are.
  const reason = firstMatch(FORBIDDEN_IPV6, bare, 'ipv6');
  if (reason || !embedded) return reason;
  const carried = firstMatch(FORBIDDEN_IPV4, embedded.ipv4, 'ipv4');
  return carried && `${embedded.form} of ${embedded.ipv4}, ${carried}`;
}

function firstMatch(rules: ForbiddenRule[], address: string, family: 'ipv4' | 'ipv6') {
  return rules.find((rule) => rule.list.check(address, family))?.kind ?? null;
}

function embeddedIpv4(address: string): { form: string; ipv4: string } | null {
  const bytes = ipv6Bytes(address);
  if (!bytes) return null;
  for (const { form, prefix, at } of EMBEDDINGS) {
    if (prefix.every((byte, index) => bytes[index] === byte)) {
      return { form, ipv4: bytes.slice(at, at + 4).join('.') };
    }
  }
  return null;
}
