import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';

import { OutboundFailure } from './outbound-failure';
import type { OutboundRequest, OutboundResponse } from './outbound-request';

const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024;

type Attempt = Omit<OutboundResponse, 'latencyMs' | 'attempts'>;

/**
 * One HTTP exchange with a hard deadline covering connect, headers and body. Redirects are never
 * followed (node's http does not), which the webhooks SSRF guard relies on.
 */
export function sendOnce(
  request: OutboundRequest,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<Attempt> {
  const url = new URL(request.url);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const limit = request.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  return new Promise<Attempt>((resolve, reject) => {
    let settled = false;
    const finish = (error: Error | null, value?: Attempt) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (error) {
        outgoing.destroy();
        reject(error);
      } else resolve(value!);
    };
    const fail = (kind: 'timeout' | 'network', message: string) =>
      finish(new OutboundFailure(kind, request.dependency, message));
    const outgoing = send(
      url,
      {
        method: request.method,
        headers: {
          ...(request.body !== undefined && {
            'content-length': String(Buffer.byteLength(request.body)),
          }),
          ...request.headers,
        },
        lookup: request.lookup,
        agent: false, // a fresh connection per call: the lookup (and its vetting) runs every time
      },
      (incoming) =>
        collect(incoming, limit, (body, truncated) =>
          finish(null, {
            status: incoming.statusCode ?? 0,
            headers: incoming.headers,
            body,
            truncated,
          }),
        ),
    );
    const timer = setTimeout(() => fail('timeout', `no answer within ${timeoutMs} ms`), timeoutMs);
    const onAbort = () => fail('timeout', 'aborted');
    signal?.addEventListener('abort', onAbort);
    outgoing.on('error', (error) => fail('network', error.message));
    outgoing.end(request.body);
  });
}

function collect(
  incoming: IncomingMessage,
  limit: number,
  done: (body: string, truncated: boolean) => void,
): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let truncated = false;
  incoming.on('data', (chunk: Buffer) => {
    const room = limit - size;
    if (chunk.length > room) truncated = true;
    if (room <= 0) return;
    chunks.push(chunk.subarray(0, room));
    size += Math.min(chunk.length, room);
  });
  incoming.on('end', () => done(Buffer.concat(chunks).toString('utf8'), truncated));
  incoming.on('error', () => done(Buffer.concat(chunks).toString('utf8'), true));
}
