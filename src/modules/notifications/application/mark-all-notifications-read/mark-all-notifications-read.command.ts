import { Command } from '@nestjs/cqrs';

export interface MarkAllNotificationsReadProps {
  readonly actorId: string;
  /** The workspaces whose items are marked: all of the caller's, or the one asked for. */
  readonly workspaceIds: readonly string[];
}

export class MarkAllNotificationsReadCommand extends Command<{ marked: number }> {
  constructor(readonly props: MarkAllNotificationsReadProps) {
    super();
  }
}
