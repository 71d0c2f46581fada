import { Command } from '@nestjs/cqrs';

import type { SlackConnectionView } from '../slack-connection-view';

export interface ConnectSlackProps {
  readonly workspaceId: string;
  readonly actorId: string;
  readonly webhookUrl: string;
}

export class ConnectSlackCommand extends Command<SlackConnectionView> {
  constructor(readonly props: ConnectSlackProps) {
    super();
  }
}
