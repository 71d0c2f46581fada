import { Command } from '@nestjs/cqrs';

export interface DeleteTaskProps {
  readonly workspaceId: string;
  /** The signed-in user doing this: the unit of work's audit actor and the event's actor. */
  readonly actorId: string;
  readonly taskId: string;
}

export class DeleteTaskCommand extends Command<void> {
  constructor(readonly props: DeleteTaskProps) {
    super();
  }
}
