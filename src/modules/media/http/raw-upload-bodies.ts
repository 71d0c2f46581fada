import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** Route config of a route whose body is a file of any type, handed over unread. */
export const RAW_UPLOAD_BODY = { rawUploadBody: true } as const;

/** The Content-Type such a request is parsed as; what the client sent is kept aside. */
const RAW_UPLOAD_TYPE = 'application/x-tenfold-raw-upload';
/** Where the client's Content-Type is kept: always written by the hook, never the client's. */
const DECLARED_TYPE_HEADER = 'x-tenfold-declared-content-type';
const UNSUPPORTED = { statusCode: 415, code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE' };

/** The Content-Type the client sent with a raw upload body ('' when it sent none). */
export function declaredContentTypeOf(request: FastifyRequest): string {
  const declared = request.headers[DECLARED_TYPE_HEADER];
  return typeof declared === 'string' ? declared : '';
}

function isRawUploadRoute(request: FastifyRequest): boolean {
  const config = request.routeOptions.config as Partial<typeof RAW_UPLOAD_BODY> | undefined;
  return config?.rawUploadBody === true;
}

/**
 * Lets the body of routes marked `@RouteConfig(RAW_UPLOAD_BODY)` through unread, whatever its
 * type: the streamed-upload route pipes the request stream to S3 itself, so Fastify neither
 * buffers it nor applies its JSON body limit (the route enforces MAX_UPLOAD_BYTES), and a file of
 * type application/json is not parsed. Every other route keeps the API's rule (JSON only, else
 * 415): the parser serves only those routes, so the private type sent elsewhere is refused too.
 * Registered from this module so that the shared HTTP conventions need not know about media.
 */
@Injectable()
export class RawUploadBodies implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    if (fastify.hasContentTypeParser(RAW_UPLOAD_TYPE)) return;
    fastify.addHook('onRequest', (request, _reply, done) => {
      if (isRawUploadRoute(request)) {
        request.headers[DECLARED_TYPE_HEADER] = request.headers['content-type'] ?? '';
        request.headers['content-type'] = RAW_UPLOAD_TYPE;
      }
      done();
    });
    fastify.addContentTypeParser(RAW_UPLOAD_TYPE, (request, payload, done) => {
      if (isRawUploadRoute(request)) done(null, payload);
      else
        done(Object.assign(new Error(`Unsupported Media Type: ${RAW_UPLOAD_TYPE}`), UNSUPPORTED));
    });
  }
}
