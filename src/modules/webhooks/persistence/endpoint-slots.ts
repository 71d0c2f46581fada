import type { EntityManager } from 'typeorm';

import { TooManyEndpoints } from '../domain/webhooks.errors';
import { EndpointEntity } from './endpoint.entity';

/**
 * WEBHOOK_ENDPOINTS_PER_WORKSPACE (docs/WEBHOOKS.md, "Quota"), checked in the creating transaction.
 * The advisory lock serialises creates of one workspace until commit, so two concurrent creates
 * cannot both see a free slot; deleting needs no lock (it only frees one). A hash collision only
 * makes two workspaces wait for each other.
 */
export async function claimEndpointSlot(
  manager: EntityManager,
  workspaceId: string,
  limit: number,
): Promise<void> {
  await manager.query(
    `SELECT pg_advisory_xact_lock(hashtext('webhooks.endpoints'), hashtext($1))`,
    [workspaceId],
  );
  const current = await manager.countBy(EndpointEntity, { workspaceId });
  if (current >= limit) throw new TooManyEndpoints(limit, current);
}
