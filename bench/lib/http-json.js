'use strict';

const http = require('node:http');
const { performance } = require('node:perf_hooks');

/**
 * A keep-alive HTTP client for tenfold's JSON API on loopback. Unlimited sockets: under an open-loop
 * load a slow answer must not hold back the next request in the client's own queue (that would
 * count the client's queueing as the server's latency, or hide it).
 */
function createClient(origin, { timeoutMs = 10_000 } = {}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

  /**
   * One request. Resolves { status, body (parsed JSON or null), ms }: ms from handing the request
   * to the socket layer to the end of the answer, as a float. Rejects on network errors/timeouts.
   */
  function request(method, path, { token, body } = {}) {
    const payload = body === undefined ? null : Buffer.from(JSON.stringify(body));
    const headers = { 'content-length': String(payload ? payload.length : 0) };
    if (payload) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    return new Promise((resolve, reject) => {
      const started = performance.now();
      const req = http.request(origin + path, { method, agent, headers, timeout: timeoutMs });
      req.on('response', (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const ms = performance.now() - started;
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: response.statusCode, body: parseJson(text), ms });
        });
      });
      req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
      req.on('error', reject);
      req.end(payload ?? undefined);
    });
  }

  /** Like request(), but throws unless the status is the expected one; resolves the body. */
  async function expect(status, method, path, options) {
    const answer = await request(method, path, options);
    if (answer.status !== status) {
      const detail = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
      throw new Error(`${method} ${path} answered ${answer.status}, expected ${status}: ${detail}`);
    }
    return answer.body;
  }

  return { request, expect, close: () => agent.destroy() };
}

/** The answer's JSON, or its text when it is not JSON (an error page), or null when empty. */
function parseJson(text) {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

module.exports = { createClient };
