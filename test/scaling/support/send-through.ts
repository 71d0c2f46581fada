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
  const { method = 'GET', json, raw, contentType = 'image/png', token, headers } = options;
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(json ? { 'content-type': 'application/json' } : {}),
      ...(raw ? { 'content-type': contentType } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: raw ?? (json ? JSON.stringify(json) : undefined),
  });
  const text = await response.text();
  return {
    status: response.status,
    /** The instance that answered (the balancer's X-Upstream); null without the balancer. */
    upstream: response.headers.get('x-upstream'),
    headers: response.headers,
    body: text ? JSON.parse(text) : null,
  };
}

export type Answer = Awaited<ReturnType<typeof sendThrough>>;
