import type { EntityManager } from 'typeorm';

import { SlackConnectionEntity } from './slack-connection.entity';

/** The connection completions are sent to, if the workspace has one that is not broken. */
export function activeConnectionOf(
  manager: EntityManager,
  workspaceId: string,
): Promise<SlackConnectionEntity | null> {
  return manager.findOneBy(SlackConnectionEntity, { workspaceId, state: 'active' });
}

/** Marks the connection a job used as broken, unless an admin has connected again since. */
export async function markBroken(
  manager: EntityManager,
  connection: Pick<SlackConnectionEntity, 'workspaceId' | 'connectionId'>,
  reason: string,
): Promise<void> {
  await manager.update(
    SlackConnectionEntity,
    { workspaceId: connection.workspaceId, connectionId: connection.connectionId, state: 'active' },
    { state: 'broken', brokenReason: reason, brokenAt: new Date() },
  );
}
