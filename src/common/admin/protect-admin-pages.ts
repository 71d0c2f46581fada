import { Logger } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';

import { sendProblem } from '../http/problem-details.filter';
import { PlatformAdminAccess } from './platform-admin-access';

const ADMIN_PAGE_PREFIXES = ['/docs', '/admin'];

/**
 * Swagger UI and bull-board are Fastify plugins, not Nest routes, so guards never see them:
 * a Fastify hook protects them before any of their handlers run.
 */
export function protectAdminPages(fastify: FastifyInstance, access: PlatformAdminAccess): void {
  const logger = new Logger('AdminPages');
  fastify.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?')[0];
    const isAdminPage = ADMIN_PAGE_PREFIXES.some(
      (prefix) => path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}-`),
    );
    if (!isAdminPage) return;
    const refusal = await access.check(request.headers.authorization);
    if (!refusal) return;
    sendProblem(request, reply, refusal, logger);
    return reply;
  });
}
