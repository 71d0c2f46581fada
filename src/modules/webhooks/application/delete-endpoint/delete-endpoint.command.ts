import { Command } from '@nestjs/cqrs';

export interface DeleteEndpointProps {
  readonly workspaceId: string;
  readonly actorId: string;
  readonly endpointId: string;
}

export class DeleteEndpointCommand extends Command<void> {
  constructor(readonly props: DeleteEndpointProps) {
    super();
  }
}
