import type { EntityManager } from 'typeorm';

import { assertMentionsWithinCap } from '../domain/comment-rules';
import { mentionedMembers, mentionsIn } from '../domain/mentions';
import { mentionableMembersOf } from '../persistence/mentionable-members.read';

/**
 * The members of the workspace a comment body mentions, for creating and editing alike: parsed,
 * capped (TooManyMentions before any lookup), then resolved against projects' own member and
 * address projections in one statement (none without mentions).
 */
export async function mentionedUserIdsOf(
  manager: EntityManager,
  workspaceId: string,
  body: string,
): Promise<string[]> {
  const mentions = mentionsIn(body);
  assertMentionsWithinCap(mentions);
  return mentionedMembers(mentions, await mentionableMembersOf(manager, workspaceId, mentions));
}
