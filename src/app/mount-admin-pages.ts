import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import { getQueueToken } from '@nestjs/bullmq';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import type { Queue } from 'bullmq';
import type { FastifyInstance } from 'fastify';

import { AdminSignInRoutes } from '../common/admin/admin-sign-in.routes';
import { PlatformAdminAccess } from '../common/admin/platform-admin-access';
import { protectAdminPages } from '../common/admin/protect-admin-pages';
import { withoutLinksToOtherHosts } from '../common/admin/without-links-to-other-hosts';
import { QUEUE_NAMES } from '../infrastructure/queue/queue-names';
import { openApiDocument } from './openapi/openapi-document';

const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * Swagger UI (/docs, /docs-json) and the queue dashboard, both behind platform-admin credentials,
 * and the login page that gives a browser those credentials as a cookie (/admin/login).
 */
export async function mountAdminPages(app: NestFastifyApplication): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  protectAdminPages(fastify, app.get(PlatformAdminAccess));
  app.get(AdminSignInRoutes).register(fastify);

  const document = openApiDocument(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });

  const board = new BullBoardFastifyAdapter();
  board.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: QUEUE_NAMES.map((name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name)))),
    serverAdapter: board,
  });
  await app.register(
    async (scope: FastifyInstance) => {
      withoutLinksToOtherHosts(scope);
      await scope.register(board.registerPlugin());
    },
    { prefix: QUEUE_DASHBOARD_PATH },
  );
}
