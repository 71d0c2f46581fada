import type TestAgent from 'supertest/lib/agent';

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
 * Answers are untyped until OpenAPI-derived route types exist, hence `any` as the default body:
 * callers read fields as they read supertest's `body` (also `any`).
 */
export interface ApiClient {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped JSON answers (above)
  request<T = any>(method: string, path: string, request?: ApiRequest): Promise<ApiAnswer<T>>;
  /** Throws (method, path, expected vs got, body text) unless the status is `status`; the body. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped JSON answers (above)
  expect<T = any>(status: number, method: string, path: string, request?: ApiRequest): Promise<T>;
}

export type SendRequest = (method: string, path: string, request: ApiRequest) => Promise<ApiAnswer>;

/** An ApiClient whose requests go through `send` (a transport, or one that wraps another client). */
export function apiOver(send: SendRequest): ApiClient {
  const client: ApiClient = {
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

/** The API at `baseUrl` (a web process, the balancer), over fetch. */
export function apiOverUrl(baseUrl: string, options: { token?: string } = {}): ApiClient {
  return apiOver(async (method, path, { body, token = options.token, headers = {} }) => {
    const response = await fetch(`${baseUrl}${path}`, {
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
  });
}

/** The API of an app in this process, through a supertest agent (`request(app.getHttpServer())`). */
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
