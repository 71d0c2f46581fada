import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A request as the stub received it. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
  at: number;
}

/** How the stub answers: after `delayMs`, with a status and body; or never; or by a reset. */
export interface StubBehaviour {
  status?: number;
  body?: string | object;
  headers?: Record<string, string>;
  delayMs?: number;
  /** Accept the request and never answer (the caller's timeout must act). */
  hang?: boolean;
  /** Destroy the connection without an answer (ECONNRESET on the caller's side). */
  reset?: boolean;
}

type Behave = (request: RecordedRequest) => StubBehaviour;

/**
 * A stand-in for an external HTTP API (Slack, FX rates, a customer's webhook receiver) on loopback,
 * with controls for latency, status codes, timeouts and connection resets, and a record of every
 * request it got, so tests can count calls that reached it.
 */
export class StubServer {
  readonly requests: RecordedRequest[] = [];
  private behave: Behave = () => ({ status: 200, body: {} });
  private readonly sockets = new Set<Socket>();

  private constructor(private readonly server: Server) {}

  static async start(behaviour?: StubBehaviour | Behave): Promise<StubServer> {
    const server = createServer();
    const stub = new StubServer(server);
    if (behaviour) stub.answer(behaviour);
    server.on('connection', (socket) => {
      stub.sockets.add(socket);
      socket.on('close', () => stub.sockets.delete(socket));
    });
    server.on('request', (request, response) => void stub.handle(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return stub;
  }

  get url(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /** Every later request gets this answer (or the answer the function picks for it). */
  answer(behaviour: StubBehaviour | Behave): void {
    this.behave = typeof behaviour === 'function' ? behaviour : () => behaviour;
  }

  requestsTo(path: string): RecordedRequest[] {
    return this.requests.filter((request) => request.path === path);
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const recorded: RecordedRequest = {
      method: request.method ?? 'GET',
      path: request.url ?? '/',
      headers: request.headers,
      body: Buffer.concat(chunks).toString('utf8'),
      at: Date.now(),
    };
    this.requests.push(recorded);
    const behaviour = this.behave(recorded);
    if (behaviour.delayMs) await new Promise((resolve) => setTimeout(resolve, behaviour.delayMs));
    if (behaviour.reset) {
      request.socket.destroy();
      return;
    }
    if (behaviour.hang) return; // the socket stays open until the caller gives up or close()
    const body =
      typeof behaviour.body === 'string' ? behaviour.body : JSON.stringify(behaviour.body ?? {});
    response.writeHead(behaviour.status ?? 200, {
      'content-type': typeof behaviour.body === 'string' ? 'text/plain' : 'application/json',
      ...behaviour.headers,
    });
    response.end(body);
  }
}
