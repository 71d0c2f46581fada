import { Command } from '@nestjs/cqrs';

export interface MarkNotificationReadProps {
  readonly actorId: string;
  readonly workspaceIds: readonly string[];
  /** The item's id (digits; the controller checked the shape). */
  readonly notificationId: string;
}

export class MarkNotificationReadCommand extends Command<void> {
  constructor(readonly props: MarkNotificationReadProps) {
    super();
  }
}
