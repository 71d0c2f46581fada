import type { NestFastifyApplication } from '@nestjs/platform-fastify';

import { ShutdownState } from '../infrastructure/observability/health/shutdown-state';

/**
 * Fastify closes idle keep-alive sockets once, when closing starts; a request still in flight then
 * leaves its socket idle-but-open afterwards and the close would wait for the client to hang up.
 * While draining, every response says "Connection: close" so its socket ends with it.
 */
export function closeConnectionsWhileDraining(app: NestFastifyApplication): void {
  const shutdown = app.get(ShutdownState);
  app
    .getHttpAdapter()
    .getInstance()
    // Callback style, like every per-request hook here: an async hook costs a promise a request.
    .addHook('onSend', (_request, reply, payload, done) => {
      if (shutdown.isDraining) void reply.header('connection', 'close');
      done(null, payload);
    });
}
