import type { IncomingMessage } from 'node:http';

import { FastifyAdapter } from '@nestjs/platform-fastify';

import type { AppConfig } from '../infrastructure/config/app-config';
import { resolveRequestId } from '../infrastructure/observability/logging/request-id';

/**
 * Both processes' HTTP servers: Fastify's own logger off (pino-http logs), ids from X-Request-Id,
 * and request.ip from X-Forwarded-For only when the peer is a trusted proxy (HTTP_TRUST_PROXY).
 */
export function createFastifyAdapter(config: AppConfig): FastifyAdapter {
  return new FastifyAdapter({
    logger: false,
    bodyLimit: config.http.bodyLimitBytes,
    trustProxy: trustProxyOption(config.http.trustProxy),
    genReqId: (request: IncomingMessage) => resolveRequestId(request.headers['x-request-id']),
  });
}

/** A hop count as the function Fastify (proxy-addr) would build for it; the adapter types omit it. */
function trustProxyOption(trust: false | number | string[]): boolean | string[] | TrustHops {
  if (typeof trust !== 'number') return trust;
  return (_address: string, hop: number) => hop < trust;
}

type TrustHops = (address: string, hop: number) => boolean;
