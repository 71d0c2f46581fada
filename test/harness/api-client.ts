import type TestAgent from 'supertest/lib/agent';

import { createClient, type Client } from '../../clients/typescript/src/client';
import { notifyAnswerObservers } from './answer-observers';
import { sdkClientOver } from './sdk-client';

export interface ApiAnswer<T = unknown> {
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  /** The parsed JSON; the text itself when it is not JSON (an error page); null when empty. */
  body: T;
  text: string;
}

export interface ApiRequest {
  /** Sent as JSON; a Uint8Array (an upload) is sent as it is, with the content-type in `headers`. */
  body?: unknown;
  /** A session token for `Authorization: Bearer`; null sends none even if the client has one. */
  token?: string | null;
  headers?: Record<string, string>;
}

/**
 * tenfold's HTTP API as the tests and the bench call it, over a real URL or an in-process app.
 * `request`/`expect` take any method and path, also malformed ones, and answer untyped bodies, hence
 * `any` as the default: callers read fields as they read supertest's `body` (also `any`). Typed
 * calls go through the generated SDK with `sdk` (accounts.ts does).
 */
export interface ApiClient {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped JSON answers (above)
  request<T = any>(method: string, path: string, request?: ApiRequest): Promise<ApiAnswer<T>>;
  /** Throws (method, path, expected vs got, body text) unless the status is `status`; the body. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped JSON answers (above)
  expect<T = any>(status: number, method: string, path: string, request?: ApiRequest): Promise<T>;
  /**
   * The generated SDK's client (clients/typescript) over the same transport, for typed calls:
   * `logIn({ client: api.sdk, body })`. Optional for clients made outside this file (the bench's
   * timed client): sdkOf(api) in sdk-client.ts gives one over `request` then.
   */
  readonly sdk?: Client;
}

export type SendRequest = (method: string, path: string, request: ApiRequest) => Promise<ApiAnswer>;

/**
 * An ApiClient whose requests go through `send` (a transport, or one that wraps another client);
 * its SDK client too, unless the transport gives its own.
 */
export function apiOver(send: SendRequest, sdk: Client = sdkClientOver(send)): ApiClient {
  const client: ApiClient = {
    sdk,
    request: <T>(method: string, path: string, request: ApiRequest = {}) =>
      send(method, path, request) as Promise<ApiAnswer<T>>,
    async expect<T>(status: number, method: string, path: string, request?: ApiRequest) {
      const answer = await client.request<T>(method, path, request);
      if (answer.status !== status) {
        throw new Error(
          `${method} ${path} answered ${answer.status}, expected ${status}: ${answer.text}`,
        );
      }
      return answer.body;
    },
  };
  return client;
}

/** The API at `baseUrl` (a web process, the balancer), over fetch; the SDK's client too. */
export function apiOverUrl(baseUrl: string, options: { token?: string } = {}): ApiClient {
  const sdk = createClient({ baseUrl, auth: options.token, fetch: observedFetch });
  const send: SendRequest = async (method, path, { body, token = options.token, headers = {} }) => {
    const response = await observedFetch(`${baseUrl}${path}`, {
      method,
      headers: headersFor(body, token, headers),
      body: encode(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: parse(text),
      text,
    };
  };
  return apiOver(send, sdk);
}

/** fetch, showing each answer to the observers (answer-observers.ts) before the caller reads it. */
async function observedFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const request = new Request(input, init);
  const response = await fetch(request);
  const contentType = response.headers.get('content-type') ?? undefined;
  // An event stream ends only when the server ends it: observe its status and type, not its body.
  const streaming = contentType?.startsWith('text/event-stream') ?? false;
  const text = streaming ? '' : await response.clone().text();
  const url = new URL(request.url);
  notifyAnswerObservers({
    method: request.method,
    url: `${url.pathname}${url.search}`,
    status: response.status,
    contentType,
    body: parse(text),
    rawLength: text.length,
  });
  return response;
}

/**
 * The API of an app in this process, through a supertest agent (`request(app.getHttpServer())`).
 * The SDK's client sends through the agent too: its fetch answers the agent's response.
 */
export function apiOverAgent(agent: TestAgent): ApiClient {
  const methods = agent as unknown as Record<
    string,
    (path: string) => ReturnType<TestAgent['get']>
  >;
  return apiOver(async (method, path, { body, token, headers = {} }) => {
    const call = methods[method.toLowerCase()];
    if (typeof call !== 'function') throw new Error(`supertest has no method ${method}`);
    const encoded = encode(body);
    const pending = call.call(agent, path).set(headersFor(body, token, headers));
    const response = await (encoded === undefined ? pending : pending.send(encoded));
    const text = response.text ?? '';
    return {
      status: response.status,
      headers: response.headers as Record<string, string>,
      body: parse(text),
      text,
    };
  });
}

function isBytes(body: unknown): body is Uint8Array {
  return body instanceof Uint8Array;
}

function encode(body: unknown): string | Uint8Array | undefined {
  if (body === undefined || isBytes(body)) return body;
  return JSON.stringify(body);
}

/** Lower-cased, so that a caller's Content-Type replaces the default instead of joining it. */
function headersFor(
  body: unknown,
  token: string | null | undefined,
  extra: Record<string, string>,
): Record<string, string> {
  const headers: Record<string, string> = {};
  if (body !== undefined) {
    headers['content-type'] = isBytes(body) ? 'application/octet-stream' : 'application/json';
  }
  if (token) headers.authorization = `Bearer ${token}`;
  for (const [name, value] of Object.entries(extra)) headers[name.toLowerCase()] = value;
  return headers;
}

function parse(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
