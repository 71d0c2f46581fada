import type { FastifyReply } from 'fastify';

/** Where a created resource lives; idempotent replays repeat it (see record-outcome.ts). */
export function setLocation(reply: FastifyReply, workspaceId: string, path: string): void {
  void reply.header('Location', `/v1/workspaces/${workspaceId}/${path}`);
}

/** The Location header of a 201, as the OpenAPI document shows it. */
const locationOf = (resource: string) => ({
  description: `Where the new ${resource} lives: \`/v1/workspaces/{workspaceId}/${resource}s/{id}\``,
  schema: { type: 'string' as const },
});

export const PROJECT_LOCATION = locationOf('project');
export const TASK_LOCATION = locationOf('task');
export const LABEL_LOCATION = locationOf('label');

export const COMMENT_LOCATION = {
  description:
    'Where the new comment lives: `/v1/workspaces/{workspaceId}/tasks/{taskId}/comments/{id}`',
  schema: { type: 'string' as const },
};
