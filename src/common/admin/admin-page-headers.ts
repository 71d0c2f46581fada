import type { FastifyReply, FastifyRequest } from 'fastify';
import helmet from 'helmet';

/**
 * Security headers for the admin pages (Swagger UI, bull-board): the HTML a platform admin's
 * browser renders with their credentials. The CSP allows what both UIs load from this origin
 * and nothing from elsewhere (bull-board's page is served without its link to a web-font host
 * anyway: without-links-to-other-hosts.ts); inline styles are allowed because both UIs set them.
 * The login page gets them too. The public API answers JSON to programs, so it is left without
 * these headers and their per-request cost.
 */
const applyHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  crossOriginEmbedderPolicy: false,
});

export function sendAdminPageHeaders(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  return new Promise((resolve, reject) =>
    applyHeaders(request.raw, reply.raw, (error?: unknown) =>
      error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(),
    ),
  );
}
