import type { EntityManager } from 'typeorm';

import { AssigneeNotAMember } from '../domain/projects.errors';
import { MemberEntity } from './member.entity';

/** Checks against the local projection of membership (fed by identity's events), not identity. */
export async function assertIsMember(
  manager: EntityManager,
  workspaceId: string,
  userId: string,
): Promise<void> {
  const found = await manager.existsBy(MemberEntity, { workspaceId, userId });
  if (!found) throw new AssigneeNotAMember();
}
