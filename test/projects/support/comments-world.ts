import { DataSource } from 'typeorm';

import { newEventMetadata } from '../../../src/common/correlation/new-event-metadata';
import { UserRegisteredV1 } from '../../../src/modules/identity/contracts/user-registered.event';
import { UserEmailsConsumer } from '../../../src/modules/projects/consumers/user-emails.consumer';
import type { SignedInUser } from '../../harness/accounts';
import type { WebAppUnderTest } from '../../support/web-app-under-test';
import { workspacePath } from './projects-api';

/**
 * Feeds projects' address projection as the worker would from the sign-up's event: no worker runs
 * beside these web-only tests, so the consumer is applied directly.
 */
export async function projectAddress(web: WebAppUnderTest, user: SignedInUser): Promise<void> {
  const event = new UserRegisteredV1(
    { userId: user.id, email: user.email.toLowerCase() },
    newEventMetadata(user.workspaceId, user.id),
  );
  await new UserEmailsConsumer().apply(event, web.app.get(DataSource).manager);
}

export const commentsPath = (workspaceId: string, taskId: string) =>
  `${workspacePath(workspaceId)}/tasks/${taskId}/comments`;
