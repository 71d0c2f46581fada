import { BlockList } from 'node:net';

/** A kind of address webhooks never reach, with the words an error message uses for it. */
interface ForbiddenNetwork {
  kind: string;
  ranges: string[];
}

/** Checked in order: the first match names the reason (metadata before link-local). */
const IPV4: ForbiddenNetwork[] = [
  { kind: 'a cloud metadata address', ranges: ['169.254.169.254/32', '100.100.100.200/32'] },
  { kind: 'the unspecified address', ranges: ['0.0.0.0/32'] },
  { kind: 'a "this network" address', ranges: ['0.0.0.0/8'] },
  { kind: 'a loopback address', ranges: ['127.0.0.0/8'] },
  { kind: 'a private address', ranges: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'] },
  { kind: 'a link-local address', ranges: ['169.254.0.0/16'] },
  { kind: 'a carrier-grade NAT address', ranges: ['100.64.0.0/10'] },
  { kind: 'the broadcast address', ranges: ['255.255.255.255/32'] },
  { kind: 'a multicast address', ranges: ['224.0.0.0/4'] },
  {
    kind: 'a reserved address',
    ranges: [
      '192.0.0.0/24',
      '192.0.2.0/24',
      '198.18.0.0/15',
      '198.51.100.0/24',
      '203.0.113.0/24',
      '240.0.0.0/4',
    ],
  },
];

const IPV6: ForbiddenNetwork[] = [
  { kind: 'a cloud metadata address', ranges: ['fd00:ec2::254/128'] },
  { kind: 'the unspecified address', ranges: ['::/128'] },
  { kind: 'a loopback address', ranges: ['::1/128'] },
  { kind: 'a link-local address', ranges: ['fe80::/10'] },
  { kind: 'a site-local address', ranges: ['fec0::/10'] },
  { kind: 'a unique-local (private) address', ranges: ['fc00::/7'] },
  { kind: 'a multicast address', ranges: ['ff00::/8'] },
  { kind: 'a local-use NAT64 address', ranges: ['64:ff9b:1::/48'] },
  { kind: 'a Teredo tunnel address', ranges: ['2001::/32'] },
  { kind: 'a reserved address', ranges: ['100::/64', '2001:db8::/32'] },
];

export interface ForbiddenRule {
  kind: string;
  list: BlockList;
}

function compile(networks: ForbiddenNetwork[], family: 'ipv4' | 'ipv6'): ForbiddenRule[] {
  return networks.map(({ kind, ranges }) => ({ kind, list: blockListOf(ranges, family) }));
}

/** A BlockList of CIDR ranges (`10.0.0.0/8`, `fc00::/7`); node does the range arithmetic. */
export function blockListOf(ranges: string[], family?: 'ipv4' | 'ipv6'): BlockList {
  const list = new BlockList();
  for (const range of ranges) {
    const [network, prefix] = range.split('/');
    list.addSubnet(network, Number(prefix), family ?? (network.includes(':') ? 'ipv6' : 'ipv4'));
  }
  return list;
}

export const FORBIDDEN_IPV4 = compile(IPV4, 'ipv4');
export const FORBIDDEN_IPV6 = compile(IPV6, 'ipv6');
