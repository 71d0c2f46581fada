import { createServer, type Server, type Socket, connect } from 'node:net';

/**
 * A loopback TCP proxy the test can cut, to make one dependency unreachable for one app without
 * touching the shared stack (tc netem is not available on these machines).
 */
export class TcpProxy {
  private readonly sockets = new Set<Socket>();
  /** Client connections accepted while hanging: held open, never read, never answered. */
  private readonly held = new Set<Socket>();
  private hanging = false;
  private server?: Server;

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

  /** Client connections accepted so far, forwarded or held: how often the dependency was tried. */
  connections = 0;

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
   * A dependency that hangs: connections (new and already open) are held open, their bytes no
   * longer read nor forwarded, and nothing is ever answered. The client sees no error, only time.
   */
  hang(): void {
    this.hanging = true;
    for (const socket of this.sockets) {
      socket.unpipe();
      socket.pause();
    }
  }

  /** Back to forwarding: held connections are dropped (their exchange is lost), new ones pass. */
  async heal(): Promise<void> {
    this.hanging = false;
    for (const socket of [...this.held, ...this.sockets]) socket.destroy();
    this.held.clear();
    this.sockets.clear();
    if (!this.server) await this.listen();
  }

  private async close(): Promise<void> {
    this.sockets.clear();
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
    this.server = undefined;
  }

  private listen(): Promise<void> {
    const server = createServer((client) => {
      this.connections++;
      if (this.hanging) {
        this.held.add(client);
        client.pause();
        client.on('error', () => client.destroy());
        client.on('close', () => this.held.delete(client));
        return;
      }
      const upstream = connect(this.targetPort, this.targetHost);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
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
