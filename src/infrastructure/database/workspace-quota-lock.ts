import type { EntityManager } from 'typeorm';

/**
 * Serialises, until the transaction ends, the creates of one kind of thing in one workspace, so
 * that a count taken after it cannot be passed by a concurrent create on any instance (no
 * check-then-act race; docs/SECURITY.md, "Quotas per workspace"). Deleting needs no lock: it only
 * frees a slot. A hash collision only makes two workspaces wait for each other.
 */
export async function lockWorkspaceQuota(
  manager: EntityManager,
  quota: string,
  workspaceId: string,
): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))', [
    quota,
    workspaceId,
  ]);
}
