import { Command } from '@nestjs/cqrs';

import type { SlackConnectionView } from '../slack-connection-view';

export class ConnectSlackCommand extends Command<SlackConnectionView> {
  constructor(
    readonly workspaceId: string,
    readonly actorId: string,
    readonly webhookUrl: string,
  ) {
    super();
  }
}
