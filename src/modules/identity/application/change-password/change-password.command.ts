import { Command } from '@nestjs/cqrs';

export interface ChangePasswordProps {
  readonly actorId: string;
  /** The session asking: it stays signed in, and wrong current passwords are limited per session. */
  readonly sessionId: string;
  readonly currentPassword: string;
  readonly newPassword: string;
}

export class ChangePasswordCommand extends Command<void> {
  constructor(readonly props: ChangePasswordProps) {
    super();
  }
}
