import { Command } from '@nestjs/cqrs';

export interface DeleteProjectProps {
  readonly workspaceId: string;
  /** The signed-in user doing this: the unit of work's audit actor and the event's actor. */
  readonly actorId: string;
  readonly projectId: string;
}

export class DeleteProjectCommand extends Command<void> {
  constructor(readonly props: DeleteProjectProps) {
    super();
  }
}
