import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';

/**
 * Lets `image/*` bodies through unread: the streamed-upload route gets the request stream itself
 * and pipes it to S3, so Fastify neither buffers it nor applies its JSON body limit (the route
 * enforces MAX_UPLOAD_BYTES itself). Registered from this module so that the shared HTTP
 * conventions need not know about media.
 */
@Injectable()
export class RawImageBodies implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    if (fastify.hasContentTypeParser(/^image\//)) return;
    fastify.addContentTypeParser(/^image\//, (_request, payload, done) => done(null, payload));
  }
}
