import { apiOverUrl } from '../../harness/api-client';

export interface SendOptions {
  method?: string;
  /** Sent as JSON. */
  json?: object;
  /** Sent as it is, with `contentType` (default image/png). */
  raw?: Buffer;
  contentType?: string;
  /** Bearer token. */
  token?: string;
  headers?: Record<string, string>;
}

/** One request through the balancer (or to one instance): status, who answered, parsed body. */
export async function sendThrough(baseUrl: string, path: string, options: SendOptions = {}) {
  const { method = 'GET', json, raw, contentType = 'image/png', token, headers = {} } = options;
  const answer = await apiOverUrl(baseUrl).request(method, path, {
    body: raw ?? json,
    token,
    headers: raw ? { 'content-type': contentType, ...headers } : headers,
  });
  return {
    status: answer.status,
    /** The instance that answered (the balancer's X-Upstream); null without the balancer. */
    upstream: answer.headers['x-upstream'] ?? null,
    headers: new Headers(answer.headers),
    body: answer.body,
  };
}

export type Answer = Awaited<ReturnType<typeof sendThrough>>;
