import { Command } from '@nestjs/cqrs';

export interface SendTestEventProps {
  readonly workspaceId: string;
  readonly actorId: string;
  readonly endpointId: string;
}

export class SendTestEventCommand extends Command<{ deliveryId: string; eventId: string }> {
  constructor(readonly props: SendTestEventProps) {
    super();
  }
}
