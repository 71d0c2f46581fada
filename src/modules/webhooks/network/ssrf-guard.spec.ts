import { request } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';

import type { AppConfig } from '../../../infrastructure/config/app-config';
import { WebhookUrlRefused } from '../domain/webhook-url.errors';
import { AddressResolver, type ResolvedAddress } from './address-resolver';
import { SsrfGuard } from './ssrf-guard';

/** A DNS of the test's own: name → addresses. */
class FakeDns extends AddressResolver {
  readonly asked: string[] = [];
  constructor(private readonly records: Record<string, string[]>) {
    super();
  }
  async resolve(host: string): Promise<ResolvedAddress[]> {
    this.asked.push(host);
    const addresses = this.records[host];
    if (!addresses) throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  }
}

const dns = new FakeDns({
  'hooks.example.com': ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'],
  'internal.example.com': ['10.0.0.5'],
  'mixed.example.com': ['93.184.216.34', '192.168.1.20'],
  'v6-private.example.com': ['fd12:3456::1'],
  'metadata.example.com': ['169.254.169.254'],
  'cgnat.example.com': ['100.64.0.1'],
  'mapped.example.com': ['::ffff:10.1.2.3'],
  'loopback6.example.com': ['::1'],
  'nat64.example.com': ['64:ff9b::7f00:1'],
  'empty.example.com': [],
});
const guard = (allowed: string[] = [], resolver: AddressResolver = dns) =>
  new SsrfGuard(resolver, { webhooks: { allowedNetworks: allowed } } as unknown as AppConfig);

async function refusal(url: string, allowed: string[] = []): Promise<string> {
  try {
    await guard(allowed).vet(url);
  } catch (error) {
    if (error instanceof WebhookUrlRefused) return error.message;
    throw error;
  }
  throw new Error(`${url} was allowed`);
}

describe('SsrfGuard', () => {
  const hostile: [url: string, because: RegExp][] = [
    // schemes and credentials
    ['ftp://hooks.example.com/in', /scheme ftp is not http or https/],
    ['file:///etc/passwd', /scheme file/],
    ['gopher://hooks.example.com/', /scheme gopher/],
    ['javascript:alert(1)', /scheme javascript/],
    ['https://user:pass@hooks.example.com/', /credentials in the URL/],
    ['https://user@hooks.example.com/', /credentials in the URL/],
    ['not a url', /not a valid absolute URL/],
    // IPv4 literals, every notation
    ['http://127.0.0.1/', /127\.0\.0\.1 is a loopback address/],
    ['http://2130706433/', /127\.0\.0\.1 is a loopback address/],
    ['http://0177.0.0.1/', /127\.0\.0\.1 is a loopback address/],
    ['http://0x7f.1/', /127\.0\.0\.1 is a loopback address/],
    ['http://0x7f000001/', /127\.0\.0\.1 is a loopback address/],
    ['http://127.1/', /127\.0\.0\.1 is a loopback address/],
    ['http://017700000001/', /127\.0\.0\.1 is a loopback address/],
    ['http://0/', /0\.0\.0\.0 is the unspecified address/],
    ['http://0.0.0.0:8080/', /the unspecified address/],
    ['http://10.0.0.1/', /10\.0\.0\.1 is a private address/],
    ['http://167772161/', /10\.0\.0\.1 is a private address/],
    ['http://172.16.0.1/', /a private address/],
    ['http://172.31.255.254/', /a private address/],
    ['http://192.168.0.10/', /a private address/],
    ['http://0xc0.0xa8.0.1/', /192\.168\.0\.1 is a private address/],
    ['http://169.254.169.254/latest/meta-data/', /a cloud metadata address/],
    ['http://169.254.10.1/', /a link-local address/],
    ['http://100.64.0.1/', /a carrier-grade NAT address/],
    ['http://100.127.255.254/', /a carrier-grade NAT address/],
    ['http://224.0.0.1/', /a multicast address/],
    ['http://255.255.255.255/', /the broadcast address/],
    ['http://240.0.0.1/', /a reserved address/],
    // IPv6 literals
    ['http://[::1]/', /::1 is a loopback address/],
    ['http://[0:0:0:0:0:0:0:1]/', /::1 is a loopback address/],
    ['http://[::]/', /the unspecified address/],
    ['http://[fe80::1]/', /a link-local address/],
    ['http://[fc00::1]/', /unique-local/],
    ['http://[fd00:ec2::254]/', /a cloud metadata address/],
    ['http://[ff02::1]/', /a multicast address/],
    ['http://[::ffff:127.0.0.1]/', /IPv4-mapped form of 127\.0\.0\.1, a loopback address/],
    ['http://[::ffff:a00:1]/', /IPv4-mapped form of 10\.0\.0\.1, a private address/],
    [
      'http://[::ffff:169.254.169.254]/',
      /IPv4-mapped form of 169\.254\.169\.254, a cloud metadata/,
    ],
    ['http://[::ffff:0:10.0.0.1]/', /IPv4-translated form of 10\.0\.0\.1, a private address/],
    ['http://[64:ff9b::10.0.0.1]/', /NAT64 form of 10\.0\.0\.1, a private address/],
    ['http://[64:ff9b::127.0.0.1]/', /NAT64 form of 127\.0\.0\.1, a loopback address/],
    ['http://[64:ff9b:1::1]/', /local-use NAT64/],
    ['http://[2002:c0a8:0101::1]/', /6to4 form of 192\.168\.1\.1, a private address/],
    ['http://[2002:7f00:1::]/', /6to4 form of 127\.0\.0\.1, a loopback address/],
    ['http://[::127.0.0.1]/', /IPv4-compatible form of 127\.0\.0\.1/],
    ['http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/', /Teredo/],
    // names: refused without saying what they resolve to
    ['http://localhost/', /^Webhook URL refused: localhost resolves to a non-public address\.$/],
    ['http://admin.localhost:8080/', /admin\.localhost resolves to a non-public address/],
    ['http://LOCALHOST./', /resolves to a non-public address/],
    ['https://internal.example.com/hook', /internal\.example\.com resolves to a non-public/],
    ['https://mixed.example.com/', /mixed\.example\.com resolves to a non-public address/],
    ['https://v6-private.example.com/', /resolves to a non-public address/],
    ['https://metadata.example.com/', /resolves to a non-public address/],
    ['https://cgnat.example.com/', /resolves to a non-public address/],
    ['https://mapped.example.com/', /resolves to a non-public address/],
    ['https://loopback6.example.com/', /resolves to a non-public address/],
    ['https://nat64.example.com/', /resolves to a non-public address/],
    ['https://unknown.example.com/', /cannot be resolved \(ENOTFOUND\)/],
    ['https://empty.example.com/', /has no address/],
  ];

  it.each(hostile)('refuses %s', async (url, because) => {
    expect(await refusal(url)).toMatch(because);
  });

  it('never names what a host name resolves to, nor the kind of address', async () => {
    const names = hostile.filter(([, because]) => because.source.includes('resolves'));
    expect(names.length).toBeGreaterThanOrEqual(10);
    for (const [url] of names) {
      const message = await refusal(url);
      const said = message.slice(message.indexOf(' resolves to '));
      expect([url, said]).toEqual([url, ' resolves to a non-public address.']);
    }
  });

  it('counts its hostile cases (at least 30)', () => {
    expect(hostile.length).toBeGreaterThanOrEqual(30);
  });

  it('allows a public host, and connects only to the addresses it vetted', async () => {
    const target = await guard().vet('https://hooks.example.com/in?x=1');
    expect(target.url).toBe('https://hooks.example.com/in?x=1');
    expect(target.addresses.map(({ address }) => address)).toEqual([
      '93.184.216.34',
      '2606:2800:220:1:248:1893:25c8:1946',
    ]);
    const one = await new Promise<[string, number]>((resolve, reject) =>
      target.lookup('hooks.example.com', {}, (error, address, family) =>
        error ? reject(error) : resolve([address as string, family as number]),
      ),
    );
    expect(one).toEqual(['93.184.216.34', 4]);
    const all = await new Promise((resolve) =>
      target.lookup('hooks.example.com', { all: true }, (_error, addresses) => resolve(addresses)),
    );
    expect(all).toHaveLength(2);
  });

  it('allows public IP literals, IPv4 and IPv6, without asking DNS', async () => {
    const resolver = new FakeDns({});
    await expect(guard([], resolver).vet('http://93.184.216.34/')).resolves.toBeDefined();
    await expect(guard([], resolver).vet('http://[2606:4700::1111]/')).resolves.toBeDefined();
    await expect(guard([], resolver).vet('http://[::ffff:8.8.8.8]/')).resolves.toBeDefined();
    await expect(guard([], resolver).vet('http://[64:ff9b::8.8.8.8]/')).resolves.toBeDefined();
    expect(resolver.asked).toEqual([]);
  });

  it('lets WEBHOOK_ALLOWED_NETWORKS through, and nothing beyond them', async () => {
    const allowed = ['127.0.0.0/8', '10.20.0.0/16', 'fd00:1::/32'];
    await expect(guard(allowed).vet('http://127.0.0.1:8080/')).resolves.toBeDefined();
    await expect(guard(allowed).vet('http://localhost/')).resolves.toBeDefined();
    await expect(guard(allowed).vet('http://[::ffff:127.0.0.1]/')).resolves.toBeDefined();
    await expect(guard(allowed).vet('http://10.20.3.4/')).resolves.toBeDefined();
    await expect(guard(allowed).vet('http://[fd00:1::5]/')).resolves.toBeDefined();
    expect(await refusal('http://10.21.0.1/', allowed)).toMatch(/a private address/);
    expect(await refusal('http://[::1]/', allowed)).toMatch(/a loopback address/);
    expect(await refusal('http://169.254.169.254/', allowed)).toMatch(/metadata/);
  });

  it('connects to the vetted address even when DNS now says otherwise (rebinding)', async () => {
    const server = createServer((socket) => socket.end('HTTP/1.1 204 No Content\r\n\r\n'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const target = await guard(['127.0.0.0/8'], new FakeDns({ 'rebind.test': ['127.0.0.1'] })).vet(
      `http://rebind.test:${port}/`,
    );
    // rebind.test does not exist in real DNS: reaching the server proves no second lookup happened.
    const status = await new Promise<number>((resolve, reject) =>
      request(target.url, { lookup: target.lookup, agent: false }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      })
        .on('error', reject)
        .end(),
    );
    server.close();
    expect(status).toBe(204);
  });
});
