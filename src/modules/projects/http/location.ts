import type { FastifyReply } from 'fastify';

/** Where a created resource lives; idempotent replays repeat it (see record-outcome.ts). */
export function setLocation(reply: FastifyReply, workspaceId: string, path: string): void {
  void reply.header('Location', `/v1/workspaces/${workspaceId}/${path}`);
}
