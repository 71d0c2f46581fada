import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

import { freePort } from '../harness/free-port';
import { RoundRobinBalancer } from '../harness/round-robin-balancer';

interface Seen {
  method: string;
  url: string;
  body: string;
  forwardedFor: string | undefined;
}

/** An upstream on loopback whose health and answers the test controls; it records what it got. */
class Upstream {
  readonly seen: Seen[] = [];
  healthy = true;
  answer: (request: IncomingMessage) => { status: number; reset?: boolean } = () => ({
    status: 200,
  });

  private constructor(
    readonly name: string,
    readonly server: Server,
  ) {}

  static async start(name: string): Promise<Upstream> {
    const upstream: Upstream = new Upstream(
      name,
      createServer((request, response) => {
        let body = '';
        request.on('data', (chunk) => (body += chunk));
        request.on('end', () => {
          if (request.url === '/health/ready') {
            response.writeHead(upstream.healthy ? 200 : 503).end();
            return;
          }
          const forwardedFor = request.headers['x-forwarded-for'] as string | undefined;
          upstream.seen.push({ method: request.method!, url: request.url!, body, forwardedFor });
          const { status, reset } = upstream.answer(request);
          if (reset) {
            request.socket.destroy();
            return;
          }
          response.writeHead(status, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ from: name }));
        });
      }),
    );
    await new Promise<void>((resolve) => upstream.server.listen(0, '127.0.0.1', resolve));
    return upstream;
  }

  get origin(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

describe('the test round-robin balancer', () => {
  let one: Upstream;
  let two: Upstream;
  let balancer: RoundRobinBalancer;

  beforeEach(async () => {
    one = await Upstream.start('one');
    two = await Upstream.start('two');
    balancer = await RoundRobinBalancer.start({
      upstreams: [one, two].map(({ name, origin }) => ({ name, origin })),
      healthIntervalMs: 20,
    });
  });
  afterEach(async () => {
    await balancer.close();
    await Promise.all([one, two].map((upstream) => upstream.close().catch(() => undefined)));
  });

  const post = (path: string, body = '{"n":1}') =>
    fetch(`${balancer.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });

  it('sends each request to the next upstream in turn, as it came, and names who answered', async () => {
    const answeredBy: (string | null)[] = [];
    for (let index = 0; index < 4; index += 1) {
      const response = await post(`/v1/things?n=${index}`, `{"n":${index}}`);
      expect(response.status).toBe(200);
      answeredBy.push(response.headers.get('x-upstream'));
    }
    expect(answeredBy).toEqual(['one', 'two', 'one', 'two']);
    expect(one.seen).toEqual([
      { method: 'POST', url: '/v1/things?n=0', body: '{"n":0}', forwardedFor: '127.0.0.1' },
      { method: 'POST', url: '/v1/things?n=2', body: '{"n":2}', forwardedFor: '127.0.0.1' },
    ]);
    expect(two.seen.map(({ body }) => body)).toEqual(['{"n":1}', '{"n":3}']);
  });

  it('resends a request an upstream refused to the next one, and takes the refuser out', async () => {
    await two.close();
    const answers = await Promise.all([post('/a'), post('/b'), post('/c')]);

    expect(answers.map((response) => response.status)).toEqual([200, 200, 200]);
    expect(answers.map((response) => response.headers.get('x-upstream'))).toEqual([
      'one',
      'one',
      'one',
    ]);
    expect(balancer.isHealthy('two')).toBe(false);
    expect(balancer.stats.failed).toBe(0);
    expect(one.seen.map(({ url }) => url).sort()).toEqual(['/a', '/b', '/c']);
  });

  it('takes an upstream out while its readiness fails, and back when it passes', async () => {
    two.healthy = false;
    await waitUntil(() => !balancer.isHealthy('two'));
    const during = await Promise.all([post('/1'), post('/2'), post('/3')]);
    expect(during.map((response) => response.headers.get('x-upstream'))).toEqual([
      'one',
      'one',
      'one',
    ]);

    two.healthy = true;
    await waitUntil(() => balancer.isHealthy('two'));
    const after = [await post('/4'), await post('/5')];
    expect(new Set(after.map((response) => response.headers.get('x-upstream')))).toEqual(
      new Set(['one', 'two']),
    );
    expect(balancer.transitions.map(({ upstream, healthy }) => [upstream, healthy])).toEqual([
      ['two', false],
      ['two', true],
    ]);
  });

  it('keeps sending to every upstream when none passes its checks, rather than failing requests', async () => {
    one.healthy = false;
    two.healthy = false;
    await waitUntil(() => !balancer.isHealthy('one') && !balancer.isHealthy('two'));
    const answers = [await post('/x'), await post('/y')];

    expect(answers.map((response) => response.status)).toEqual([200, 200]);
    expect(new Set(answers.map((response) => response.headers.get('x-upstream')))).toEqual(
      new Set(['one', 'two']),
    );
    expect(balancer.stats.panicked).toBe(2);
  });

  it('takes an upstream out only after two failed checks in a row', async () => {
    let checks = 0;
    const flaky = createServer((request, response) => {
      checks += 1;
      // Every other check fails: never two in a row.
      response.writeHead(request.url === '/health/ready' && checks % 2 === 0 ? 503 : 200).end();
    });
    await new Promise<void>((resolve) => flaky.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(flaky.address() as AddressInfo).port}`;
    const watching = await RoundRobinBalancer.start({
      upstreams: [{ name: 'flaky', origin }],
      healthIntervalMs: 10,
    });
    try {
      await waitUntil(() => checks >= 20);
      expect(watching.transitions).toEqual([]);
    } finally {
      await watching.close();
      flaky.closeAllConnections();
      await new Promise((resolve) => flaky.close(resolve));
    }
  });

  it('never resends once an upstream has the request: a 500 and a dropped connection reach the client', async () => {
    one.answer = () => ({ status: 500 });
    two.answer = () => ({ status: 200, reset: true });
    const failed = await post('/fails');
    const dropped = await post('/dropped');

    expect(failed.status).toBe(500);
    expect(dropped.status).toBe(502);
    expect(one.seen).toHaveLength(1);
    expect(two.seen).toHaveLength(1);
    expect(balancer.stats).toMatchObject({ resent: 0, failed: 1 });
  });

  it('answers 503 with Retry-After when no upstream takes the request', async () => {
    await one.close();
    await two.close();
    const response = await post('/nowhere');

    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(await response.json()).toMatchObject({
      status: 503,
      detail: 'no upstream could take the request',
    });
  });

  it('sends the paths a route claims only to its upstreams, and 503 while they are down', async () => {
    const three = await Upstream.start('three');
    const routed = await RoundRobinBalancer.start({
      upstreams: [one, two].map(({ name, origin }) => ({ name, origin })),
      routes: [
        {
          upstreams: [{ name: three.name, origin: three.origin }],
          matches: (target) => target.startsWith('/reports'),
        },
      ],
      healthIntervalMs: 20,
    });
    try {
      const via = async (path: string) => {
        const response = await fetch(`${routed.url}${path}`);
        return [response.status, response.headers.get('x-upstream')];
      };
      expect(await via('/reports/1')).toEqual([200, 'three']);
      expect(await via('/reports/2')).toEqual([200, 'three']);
      expect(await via('/other')).toEqual([200, 'one']);
      expect(await via('/other')).toEqual([200, 'two']);

      await three.close();
      const down = await fetch(`${routed.url}/reports/3`);
      expect(down.status).toBe(503);
      expect(down.headers.get('retry-after')).toBe('5');
      // The default upstreams never stand in for the route's.
      expect(one.seen.concat(two.seen).map(({ url }) => url)).toEqual(['/other', '/other']);
    } finally {
      await routed.close();
      await three.close().catch(() => undefined);
    }
  });

  it('refuses to start on a port that is taken', async () => {
    const port = await freePort();
    const first = await RoundRobinBalancer.start({ upstreams: [one], port });
    try {
      await expect(RoundRobinBalancer.start({ upstreams: [one], port })).rejects.toThrow(
        /EADDRINUSE/,
      );
    } finally {
      await first.close();
    }
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 2_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(10);
  }
}
