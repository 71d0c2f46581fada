import { createServer, request as forward, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { presignedRequestProblem } from './presigned-signature';

/**
 * A front for the stack's S3 server that does what AWS S3 does with a presigned (query-string
 * SigV4) request and s3rver does not: check the signature against the request as sent, and answer
 * 403 when it does not match. Everything else (the app's own SDK calls) passes through unchanged.
 * Point an app at it with S3_ENDPOINT=front.endpoint, so the URLs it signs name this host.
 */
export class SignatureCheckingS3 {
  /** Presigned requests refused, with S3's error code. */
  readonly refused: { method: string; path: string; code: string }[] = [];

  private constructor(private readonly server: Server) {}

  static async start(target: string, secretAccessKey: string): Promise<SignatureCheckingS3> {
    const upstream = new URL(target);
    const server = createServer((incoming, outgoing) => {
      const url = new URL(incoming.url ?? '/', `http://${incoming.headers.host}`);
      if (url.searchParams.has('X-Amz-Algorithm')) {
        const headers = Object.fromEntries(
          Object.entries(incoming.headers).map(([name, value]) => [name, String(value)]),
        );
        const code = presignedRequestProblem(
          { method: incoming.method ?? 'GET', url, headers },
          secretAccessKey,
        );
        if (code) {
          front.refused.push({ method: incoming.method ?? '', path: url.pathname, code });
          outgoing.writeHead(403, { 'content-type': 'application/xml', connection: 'close' });
          outgoing.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code></Error>`);
          incoming.resume();
          return;
        }
      }
      const proxied = forward(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: incoming.method,
          path: incoming.url,
          headers: incoming.headers,
        },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        },
      );
      proxied.on('error', () => outgoing.destroy());
      incoming.pipe(proxied);
    });
    const front = new SignatureCheckingS3(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return front;
  }

  get endpoint(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
