import { Command } from '@nestjs/cqrs';

export class CompletePasswordResetCommand extends Command<void> {
  constructor(
    readonly token: string,
    readonly newPassword: string,
  ) {
    super();
  }
}
