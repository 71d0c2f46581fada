import { createServer, type Server, type Socket, connect } from 'node:net';

/**
 * How the proxy treats connections while it listens: passes them through, resets each one as it
 * arrives, or accepts each one and never answers (a hung server).
 */
export type ProxyMode = 'forward' | 'reset' | 'hang';

/**
 * A loopback TCP proxy the test can cut, to make one dependency unreachable for one app without
 * touching the shared stack (tc netem is not available on these machines).
 */
export class TcpProxy {
  private readonly sockets = new Set<Socket>();
  /** Each client connection with its upstream (none while hanging). */
  private readonly pairs = new Map<Socket, Socket | undefined>();
  private server?: Server;
  private mode: ProxyMode = 'forward';
  /** Connections accepted since the proxy started, whatever became of them. */
  accepted = 0;

  private constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  /** `listenPort` 0 picks a free port; a fixed one lets a test open a port a process already uses. */
  static async start(targetHost: string, targetPort: number, listenPort = 0): Promise<TcpProxy> {
    const proxy = new TcpProxy(targetHost, targetPort);
    proxy.port = listenPort;
    await proxy.listen();
    return proxy;
  }

  port = 0;

  /** Rewrites a URL so that it goes through this proxy. */
  route(url: string): string {
    const parsed = new URL(url);
    parsed.hostname = '127.0.0.1';
    parsed.port = String(this.port);
    return parsed.toString();
  }

  /** Drops every connection and refuses new ones. */
  async cut(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await this.close();
  }

  /**
   * Resets every connection (TCP RST, as a peer that died or a firewall that dropped the flow)
   * and refuses new ones: the client reads ECONNRESET instead of a clean end of stream.
   */
  async reset(): Promise<void> {
    for (const socket of this.sockets) socket.resetAndDestroy();
    await this.close();
  }

  /**
   * Keeps listening but fails every connection, the open ones included: `reset` sends a TCP RST
   * to each (ECONNRESET at once); `hang` stops passing anything on, in either direction, and
   * accepts new connections without ever answering them (the client's own timeouts must fire).
   */
  fail(mode: 'reset' | 'hang'): void {
    this.mode = mode;
    for (const [client, upstream] of this.pairs) {
      if (mode === 'reset') {
        client.resetAndDestroy();
        upstream?.destroy();
      } else {
        client.unpipe();
        upstream?.unpipe();
        upstream?.destroy(); // the server's side ends; the client hears nothing
        this.pairs.set(client, undefined);
      }
    }
  }

  /** A dependency that hangs: fail('hang'). */
  hang(): void {
    this.fail('hang');
  }

  /**
   * Passes new connections through again; connections left hanging are closed (their exchange is
   * lost). After cut() or reset(), listens again on the same port.
   */
  async heal(): Promise<void> {
    this.mode = 'forward';
    for (const [client, upstream] of this.pairs) if (!upstream) client.destroy();
    if (!this.server) await this.listen();
  }

  private async close(): Promise<void> {
    this.sockets.clear();
    this.pairs.clear();
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
    this.server = undefined;
  }

  private track(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  }

  private listen(): Promise<void> {
    const server = createServer((client) => {
      this.accepted += 1;
      this.track(client);
      client.on('close', () => this.pairs.get(client)?.destroy());
      client.on('close', () => this.pairs.delete(client));
      if (this.mode === 'reset') {
        client.resetAndDestroy();
        return;
      }
      if (this.mode === 'hang') {
        this.pairs.set(client, undefined);
        return;
      }
      const upstream = connect(this.targetPort, this.targetHost);
      this.track(upstream);
      this.pairs.set(client, upstream);
      client.pipe(upstream).pipe(client);
      upstream.on('close', () => {
        // A server side cut by fail('hang') leaves the client waiting, as a hung server would.
        if (this.pairs.get(client) === upstream) client.destroy();
      });
    });
    this.server = server;
    return new Promise((resolve) =>
      server.listen(this.port, '127.0.0.1', () => {
        const address = server.address();
        this.port = typeof address === 'object' && address ? address.port : 0;
        resolve();
      }),
    );
  }
}
