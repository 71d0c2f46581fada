import { Agent, get, request as httpRequest, type OutgoingHttpHeaders } from 'node:http';
import { performance } from 'node:perf_hooks';

import type { ApiAnswer, ApiClient, ApiRequest } from '../../test/harness/api-client';

/** An answer with the time it took: from handing the request to the socket layer to its end. */
export interface TimedAnswer<T = unknown> extends ApiAnswer<T> {
  ms: number;
}

/** The harness's API client, timed per request, on its own keep-alive agent. */
export interface TimedClient extends ApiClient {
  request<T = unknown>(method: string, path: string, request?: ApiRequest): Promise<TimedAnswer<T>>;
  close(): void;
}

/**
 * A keep-alive HTTP client for tenfold's JSON API on loopback, shaped as the harness's ApiClient
 * (so that its sign-up helpers take it) with each answer's time. Unlimited sockets: under an
 * open-loop load a slow answer must not hold back the next request in the client's own queue (that
 * would count the client's queueing as the server's latency, or hide it).
 */
export function timedClient(origin: string, { timeoutMs = 10_000 } = {}): TimedClient {
  const agent = new Agent({ keepAlive: true, maxSockets: Infinity });

  function request<T = unknown>(
    method: string,
    path: string,
    { token, body, headers: extra = {} }: ApiRequest = {},
  ): Promise<TimedAnswer<T>> {
    const payload = body === undefined ? null : Buffer.from(JSON.stringify(body));
    const headers: OutgoingHttpHeaders = {
      ...extra,
      'content-length': String(payload ? payload.length : 0),
    };
    if (payload) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    return new Promise((resolve, reject) => {
      const started = performance.now();
      const req = httpRequest(origin + path, { method, agent, headers, timeout: timeoutMs });
      req.on('response', (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const ms = performance.now() - started;
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: response.statusCode ?? 0,
            headers: flatHeaders(response.headers),
            // The caller names what it expects; a body is JSON, or an error page's text.
            body: parseJson(text) as T,
            text,
            ms,
          });
        });
      });
      req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
      req.on('error', reject);
      req.end(payload ?? undefined);
    });
  }

  async function expect<T>(
    status: number,
    method: string,
    path: string,
    options?: ApiRequest,
  ): Promise<T> {
    const answer = await request<T>(method, path, options);
    if (answer.status !== status) {
      throw new Error(
        `${method} ${path} answered ${answer.status}, expected ${status}: ${answer.text}`,
      );
    }
    return answer.body;
  }

  return { request, expect, close: () => agent.destroy() };
}

function flatHeaders(headers: NodeJS.Dict<string | string[]>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name, [value ?? ''].flat().join(', ')]),
  );
}

/** The answer's JSON, or its text when it is not JSON (an error page), or null when empty. */
function parseJson(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** One GET on a fresh connection (no keep-alive socket left behind). Resolves {status, body}. */
export function httpGet(
  url: string,
  timeoutMs = 2_000,
  headers: OutgoingHttpHeaders = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = get(url, { agent: false, timeout: timeoutMs, headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on('error', reject);
  });
}
