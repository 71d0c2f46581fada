import type { EntityManager } from 'typeorm';

import { lockWorkspaceQuota } from '../../../infrastructure/database/workspace-quota-lock';
import { TooManyEndpoints } from '../domain/webhooks.errors';
import { EndpointEntity } from './endpoint.entity';

/**
 * WEBHOOK_ENDPOINTS_PER_WORKSPACE (docs/WEBHOOKS.md, "Quota"), checked in the creating transaction
 * after the workspace's quota lock.
 */
export async function claimEndpointSlot(
  manager: EntityManager,
  workspaceId: string,
  limit: number,
): Promise<void> {
  await lockWorkspaceQuota(manager, 'webhooks.endpoints', workspaceId);
  const current = await manager.countBy(EndpointEntity, { workspaceId });
  if (current >= limit) throw new TooManyEndpoints(limit, current);
}
