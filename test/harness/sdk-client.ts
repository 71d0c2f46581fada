import { createClient, type Client } from '../../clients/typescript/src/client';
import type { ApiClient, ApiRequest, SendRequest } from './api-client';

/**
 * The generated SDK (clients/typescript, `npm run client`) over the harness's transports, so that
 * the tests and the bench call the API through the code a client would use, typed from openapi.json.
 *
 * An SDK function takes the client to send through: `logIn({ client: sdkOf(api), body })`.
 */

/** Only for building the Request the SDK hands to fetch; the transport sends the path alone. */
const ORIGIN = 'http://tenfold.test';
/** Statuses whose Response must have no body (the Response constructor throws otherwise). */
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/** The SDK's client for `api`: its own (apiOverUrl's is plain fetch), else one over `request`. */
export function sdkOf(api: ApiClient): Client {
  return api.sdk ?? sdkClientOver((method, path, request) => api.request(method, path, request));
}

/**
 * An SDK client whose fetch sends through `send` and answers a Response: the supertest agent of an
 * in-process app, a wrapper that records requests, the bench's timed client.
 */
export function sdkClientOver(send: SendRequest): Client {
  return createClient({
    baseUrl: ORIGIN,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const url = new URL(request.url);
      const answer = await send(request.method, `${url.pathname}${url.search}`, {
        // The SDK has put Authorization (if any) in the headers; the transport adds none.
        token: null,
        headers: Object.fromEntries(request.headers),
        body: await bodyOf(request),
      });
      const body = NULL_BODY_STATUSES.has(answer.status) ? null : answer.text;
      return new Response(body, { status: answer.status, headers: answer.headers });
    },
  });
}

/**
 * JSON as the value, so that a transport that encodes bodies itself (the bench's timed client)
 * sends it as the SDK would; anything else as its bytes, with the SDK's Content-Type.
 */
async function bodyOf(request: Request): Promise<ApiRequest['body']> {
  if (request.body === null) return undefined;
  const bytes = new Uint8Array(await request.arrayBuffer());
  const type = request.headers.get('content-type') ?? '';
  return /^application\/(.+\+)?json\b/i.test(type)
    ? (JSON.parse(new TextDecoder().decode(bytes)) as unknown)
    : bytes;
}

/** What an SDK function answers (`throwOnError` false): the parsed data or error, and the exchange. */
interface SdkResult<TData> {
  data?: TData;
  error?: unknown;
  /** None when the request could not be built; no response when it got no answer (refused). */
  request?: Request;
  response?: Response;
}

/**
 * The data of an SDK call that answered `status` (a success); otherwise throws method, path, the
 * status and the problem, as ApiClient.expect does. An unreachable API rethrows fetch's own error.
 */
export async function expectStatus<TData>(
  status: number,
  call: Promise<SdkResult<TData>>,
): Promise<TData> {
  const { data, error, request, response } = await call;
  if (!request || !response) {
    // fetch's "fetch failed" says why only in its cause (refused, reset, closed by the other
    // side); fetch's errors come from another realm than Jest's, so no instanceof here.
    const why = (error as { cause?: unknown } | undefined)?.cause;
    throw new Error(`no answer: ${String(error)}${why ? ` (${String(why)})` : ''}`, {
      cause: error,
    });
  }
  if (response.status !== status) {
    const url = new URL(request.url);
    const problem = typeof error === 'string' ? error : JSON.stringify(error ?? data);
    throw new Error(
      `${request.method} ${url.pathname}${url.search} answered ${response.status}, ` +
        `expected ${status}: ${problem}`,
    );
  }
  return data as TData;
}
