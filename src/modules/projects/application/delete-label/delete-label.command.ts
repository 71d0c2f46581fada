import { Command } from '@nestjs/cqrs';

export interface DeleteLabelProps {
  readonly workspaceId: string;
  /** The signed-in user doing this: the event's actor. */
  readonly actorId: string;
  readonly labelId: string;
}

export class DeleteLabelCommand extends Command<void> {
  constructor(readonly props: DeleteLabelProps) {
    super();
  }
}
