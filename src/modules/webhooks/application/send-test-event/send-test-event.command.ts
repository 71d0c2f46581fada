import { Command } from '@nestjs/cqrs';

export class SendTestEventCommand extends Command<{ deliveryId: string; eventId: string }> {
  constructor(
    readonly workspaceId: string,
    readonly actorId: string,
    readonly endpointId: string,
  ) {
    super();
  }
}
