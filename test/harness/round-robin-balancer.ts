// A small HTTP load balancer for the multi-instance tests and `npm run bench scale`: each request
// goes to the next healthy upstream in turn, as a round-robin nginx upstream would. It runs inside
// the caller or, compiled, as its own process (see the bottom of the file).
//
// What it does that a production balancer also does, because the tests rely on it:
// - active health checks: GET healthPath every healthIntervalMs; `fails` non-200 answers in a row
//   (tenfold's readiness says 503 while draining), or timeouts, take the upstream out of rotation
//   until it answers 200 again (nginx max_fails, Kubernetes failureThreshold);
// - passive checks: a refused connection takes the upstream out at once, and the request is sent
//   to the next one (nginx `proxy_next_upstream error`). So is a request whose reused keep-alive
//   connection was closed by the upstream before any answer came: the upstream never read it;
// - when no upstream is healthy, every upstream is tried anyway (Envoy's panic routing; nginx also
//   retries its servers when all are marked failed): a slow readiness check on a loaded machine
//   must not turn into 502s for requests the instances could serve;
// - X-Forwarded-For / X-Forwarded-Proto, and an X-Upstream header naming who answered (the tests
//   check alternation with it);
// - path routing: a request whose path a `route` matches goes to that route's upstreams only (an
//   Ingress or HTTPRoute rule); when none of them can take it, the balancer itself answers 503
//   with Retry-After, as a gateway with no ready endpoint does (Envoy: "no healthy upstream").
// It never retries after an upstream has started answering, whatever the status.

import {
  Agent,
  type ClientRequest,
  createServer,
  get,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  request as httpRequest,
  type Server,
  type ServerResponse,
  STATUS_CODES,
} from 'node:http';

const HOP_BY_HOP = [
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
];

export interface Upstream {
  name: string;
  /** e.g. http://127.0.0.1:3000 */
  origin: string;
}

/** Requests whose path `matches` go to these upstreams instead of the default ones. */
export interface PathRoute {
  upstreams: Upstream[];
  /** Given the request target as the client sent it (path and query, not normalised). */
  matches: (target: string) => boolean;
}

export interface BalancerOptions {
  /** Where every request goes that no route claims. */
  upstreams: Upstream[];
  routes?: PathRoute[];
  /** Retry-After of the 503 answered when no upstream could take a request; default 5. */
  retryAfterSeconds?: number;
  /** 0 (default): a free port. */
  port?: number;
  /** Default /health/ready. */
  healthPath?: string;
  /** Default 100 ms. */
  healthIntervalMs?: number;
  /** Failed health checks in a row that take an upstream out; default 2. */
  fails?: number;
  maxBodyBytes?: number;
  upstreamTimeoutMs?: number;
}

export interface BalancerStats {
  /** Responses per upstream. */
  answered: Record<string, number>;
  /** Requests sent to each upstream and not yet answered in full, now. */
  inFlight: Record<string, number>;
  /** Requests sent to another upstream because the first never reached its app. */
  resent: number;
  /** Requests the balancer itself answered with 502, 503 or 504. */
  failed: number;
  /** Requests sent while no upstream was healthy (then every upstream is tried). */
  panicked: number;
}

export interface HealthTransition {
  upstream: string;
  healthy: boolean;
  at: number;
}

interface UpstreamState {
  name: string;
  /** Which pool: -1 the default upstreams, else the index of the route. */
  pool: number;
  url: URL;
  healthy: boolean;
  checking: boolean;
  failedChecks: number;
}

export class RoundRobinBalancer {
  readonly stats: BalancerStats;
  /** Health transitions, in order. */
  readonly transitions: HealthTransition[] = [];
  private readonly upstreams: UpstreamState[];
  private readonly healthPath: string;
  private readonly healthIntervalMs: number;
  private readonly fails: number;
  private readonly maxBodyBytes: number;
  private readonly upstreamTimeoutMs: number;
  private readonly routes: PathRoute[];
  private readonly retryAfterSeconds: number;
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 256 });
  private readonly server: Server;
  private readonly timer: NodeJS.Timeout;
  /** Per pool (see UpstreamState.pool), the next upstream in turn. */
  private readonly cursors = new Map<number, number>();

  static async start(options: BalancerOptions): Promise<RoundRobinBalancer> {
    const balancer = new RoundRobinBalancer(options);
    await balancer.listen(options.port ?? 0);
    return balancer;
  }

  private constructor({
    upstreams,
    routes = [],
    retryAfterSeconds = 5,
    healthPath = '/health/ready',
    healthIntervalMs = 100,
    fails = 2,
    maxBodyBytes = 64 * 1024 * 1024,
    upstreamTimeoutMs = 60_000,
  }: BalancerOptions) {
    const pools = [upstreams, ...routes.map((route) => route.upstreams)];
    if (pools.some((pool) => pool.length === 0)) {
      throw new Error('a balancer needs at least one upstream, and so does each route');
    }
    this.upstreams = pools.flatMap((pool, index) =>
      pool.map(({ name, origin }) => ({
        name,
        pool: index - 1,
        url: new URL(origin),
        healthy: true,
        checking: false,
        failedChecks: 0,
      })),
    );
    this.routes = routes;
    this.retryAfterSeconds = retryAfterSeconds;
    this.healthPath = healthPath;
    this.healthIntervalMs = healthIntervalMs;
    this.fails = fails;
    this.maxBodyBytes = maxBodyBytes;
    this.upstreamTimeoutMs = upstreamTimeoutMs;
    this.stats = {
      answered: Object.fromEntries(this.upstreams.map(({ name }) => [name, 0])),
      inFlight: Object.fromEntries(this.upstreams.map(({ name }) => [name, 0])),
      resent: 0,
      failed: 0,
      panicked: 0,
    };
    this.server = createServer((request, response) => this.handle(request, response));
    this.server.keepAliveTimeout = 30_000;
    this.timer = setInterval(() => this.checkHealth(), healthIntervalMs);
    this.timer.unref();
  }

  /** http://127.0.0.1:<port> */
  get url(): string {
    const address = this.server.address();
    return `http://127.0.0.1:${address && typeof address === 'object' ? address.port : 0}`;
  }

  isHealthy(name: string): boolean {
    return this.find(name).healthy;
  }

  /** Takes an upstream out of rotation (or back) by hand. */
  setHealthy(name: string, healthy: boolean): void {
    this.mark(this.find(name), healthy);
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
    this.agent.destroy();
  }

  private listen(port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => resolve());
    });
  }

  private find(name: string): UpstreamState {
    const upstream = this.upstreams.find((candidate) => candidate.name === name);
    if (!upstream) throw new Error(`no upstream named ${name}`);
    return upstream;
  }

  private mark(upstream: UpstreamState, healthy: boolean): void {
    if (upstream.healthy === healthy) return;
    upstream.healthy = healthy;
    this.transitions.push({ upstream: upstream.name, healthy, at: Date.now() });
  }

  /** The route claiming the request target, or -1 for the default upstreams. */
  private poolOf(target: string): number {
    return this.routes.findIndex((route) => route.matches(target));
  }

  /**
   * The pool's healthy upstreams (all of the pool, if none is), starting at the next one in turn;
   * each once.
   */
  private rotation(pool: number): UpstreamState[] {
    const members = this.upstreams.filter((upstream) => upstream.pool === pool);
    const cursor = this.cursors.get(pool) ?? 0;
    this.cursors.set(pool, cursor + 1);
    const start = cursor % members.length;
    const ordered = [...members.slice(start), ...members.slice(0, start)];
    const healthy = ordered.filter((upstream) => upstream.healthy);
    if (healthy.length > 0) return healthy;
    this.stats.panicked += 1;
    return ordered;
  }

  private checkHealth(): void {
    for (const upstream of this.upstreams) {
      if (upstream.checking) continue;
      upstream.checking = true;
      const settle = (passed: boolean) => {
        upstream.checking = false;
        upstream.failedChecks = passed ? 0 : upstream.failedChecks + 1;
        if (passed) this.mark(upstream, true);
        else if (upstream.failedChecks >= this.fails) this.mark(upstream, false);
      };
      const request = get(
        new URL(this.healthPath, upstream.url),
        { agent: false, timeout: Math.max(this.healthIntervalMs * 5, 2_000) },
        (response) => {
          response.resume();
          settle(response.statusCode === 200);
        },
      );
      request.on('timeout', () => request.destroy(new Error('health check timed out')));
      request.on('error', () => settle(false));
    }
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > this.maxBodyBytes) {
        this.reply(response, 413, 'request body larger than the balancer accepts');
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (response.headersSent) return;
      const pool = this.poolOf(request.url ?? '/');
      this.forward(request, response, Buffer.concat(chunks), this.rotation(pool));
    });
    request.on('error', () => response.destroy());
  }

  private forward(
    request: IncomingMessage,
    response: ServerResponse,
    body: Buffer,
    candidates: UpstreamState[],
  ): void {
    const upstream = candidates.shift();
    if (!upstream) {
      // Every upstream refused the connection: nothing to serve it, for now. A client may retry.
      this.stats.failed += 1;
      this.reply(response, 503, 'no upstream could take the request', {
        'retry-after': String(this.retryAfterSeconds),
      });
      return;
    }
    const headers: OutgoingHttpHeaders = { ...request.headers };
    for (const name of HOP_BY_HOP) delete headers[name];
    const forwardedFor = request.headers['x-forwarded-for'];
    const client = request.socket.remoteAddress ?? '';
    headers['x-forwarded-for'] = forwardedFor ? `${String(forwardedFor)}, ${client}` : client;
    headers['x-forwarded-proto'] = 'http';
    if (body.length > 0 || request.headers['content-length'] !== undefined) {
      headers['content-length'] = String(body.length);
    }

    let answered = false;
    this.stats.inFlight[upstream.name] += 1;
    let settled = false;
    const settle = () => {
      if (settled) return;
      settled = true;
      this.stats.inFlight[upstream.name] -= 1;
    };
    const outgoing = httpRequest(
      {
        hostname: upstream.url.hostname,
        port: upstream.url.port,
        method: request.method,
        path: request.url,
        headers,
        agent: this.agent,
        timeout: this.upstreamTimeoutMs,
      },
      (incoming) => {
        answered = true;
        this.stats.answered[upstream.name] += 1;
        const responseHeaders: OutgoingHttpHeaders = {
          ...incoming.headers,
          'x-upstream': upstream.name,
        };
        for (const name of HOP_BY_HOP) delete responseHeaders[name];
        response.writeHead(incoming.statusCode ?? 502, responseHeaders);
        incoming.pipe(response);
        incoming.on('end', settle);
        incoming.on('close', settle);
        incoming.on('error', () => response.destroy());
      },
    );
    // A client that hangs up (an SSE reader leaving) frees the upstream request too.
    response.on('close', () => {
      if (!response.writableFinished) outgoing.destroy();
    });
    outgoing.on('close', settle);
    outgoing.on('timeout', () => outgoing.destroy(new Error('upstream timed out')));
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      settle();
      if (answered || response.destroyed) {
        response.destroy();
        return;
      }
      if (neverReachedTheApp(error, outgoing)) {
        if (error.code === 'ECONNREFUSED') this.mark(upstream, false);
        this.stats.resent += 1;
        this.forward(request, response, body, candidates);
        return;
      }
      this.stats.failed += 1;
      this.reply(response, error.message === 'upstream timed out' ? 504 : 502, error.message);
    });
    outgoing.end(body);
  }

  private reply(
    response: ServerResponse,
    status: number,
    detail: string,
    headers: OutgoingHttpHeaders = {},
  ): void {
    if (response.headersSent) return;
    response.writeHead(status, { 'content-type': 'application/problem+json', ...headers });
    // RFC 9457's plain-HTTP problem: it is the edge speaking, not the API.
    response.end(
      JSON.stringify({ type: 'about:blank', status, title: STATUS_CODES[status], detail }),
    );
  }
}

/**
 * A refused connection never reached the app. Neither did a request written onto a pooled
 * keep-alive socket the upstream had just closed (Node documents `reusedSocket` for exactly this
 * retry): the upstream closes only idle sockets, so it had not read the request.
 */
function neverReachedTheApp(error: NodeJS.ErrnoException, outgoing: ClientRequest): boolean {
  if (error.code === 'ECONNREFUSED') return true;
  return outgoing.reusedSocket && (error.code === 'ECONNRESET' || error.code === 'EPIPE');
}

// As a process, compiled (`node dist-bench/test/harness/round-robin-balancer.js`):
// BALANCER_UPSTREAMS="web-1=http://127.0.0.1:3000,web-2=http://127.0.0.1:3002",
// BALANCER_PORT (0: free port), BALANCER_HEALTH_INTERVAL_MS, BALANCER_FAILS. Prints {"url": …} on
// stdout when listening; SIGTERM closes it.
if (require.main === module) {
  const upstreams = (process.env.BALANCER_UPSTREAMS ?? '')
    .split(',')
    .filter(Boolean)
    .map((pair) => {
      const [name, origin] = pair.split('=');
      return { name, origin };
    });
  RoundRobinBalancer.start({
    upstreams,
    port: Number(process.env.BALANCER_PORT ?? 0),
    healthIntervalMs: Number(process.env.BALANCER_HEALTH_INTERVAL_MS ?? 100),
    fails: Number(process.env.BALANCER_FAILS ?? 2),
  }).then(
    (balancer) => {
      process.stdout.write(`${JSON.stringify({ url: balancer.url })}\n`);
      process.once('SIGTERM', () => void balancer.close().then(() => process.exit(0)));
    },
    (error: Error) => {
      process.stderr.write(`balancer failed to start: ${error.message}\n`);
      process.exit(1);
    },
  );
}
