import { Command } from '@nestjs/cqrs';

/** `everywhere`: every session of the user, the current one included. */
export class LogOutCommand extends Command<void> {
  constructor(
    readonly userId: string,
    readonly sessionId: string,
    readonly everywhere: boolean,
  ) {
    super();
  }
}
