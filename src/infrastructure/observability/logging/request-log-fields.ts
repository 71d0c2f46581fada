import type { IncomingMessage, ServerResponse } from 'node:http';

import { stdSerializers } from 'pino';

import { redactSecrets } from './redact-secrets';

/** What a request line says of the request: no headers, so no credential can ride along. */
export interface LoggedRequest {
  id: unknown;
  method: string | undefined;
  url: string | undefined;
  remoteAddress: string | undefined;
}

/**
 * The request, response and error fields of the one line per request. pino-http's standard serializers
 * copy every header into the line and then rely on redaction to blank the credentials; that copy
 * and redaction were a fifth of the web's CPU on its cheapest route (docs/BENCHMARKS.md).
 */
export const requestLogSerializers = {
  req: (request: IncomingMessage & { id?: unknown; originalUrl?: string }): LoggedRequest => ({
    id: request.id,
    method: request.method,
    // The middleware engine rewrites url to the part after its mount point; originalUrl is as sent.
    url: request.originalUrl ?? request.url,
    remoteAddress: request.socket?.remoteAddress,
  }),
  res: (response: ServerResponse) => ({ statusCode: response.statusCode }),
  err: (error: Error) => redactSecrets(stdSerializers.err(error)),
};
