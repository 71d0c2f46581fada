import { Command } from '@nestjs/cqrs';

export interface DisconnectSlackProps {
  readonly workspaceId: string;
  readonly actorId: string;
}

export class DisconnectSlackCommand extends Command<void> {
  constructor(readonly props: DisconnectSlackProps) {
    super();
  }
}
