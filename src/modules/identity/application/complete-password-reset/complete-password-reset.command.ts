import { Command } from '@nestjs/cqrs';

export interface CompletePasswordResetProps {
  readonly token: string;
  readonly newPassword: string;
}

export class CompletePasswordResetCommand extends Command<void> {
  constructor(readonly props: CompletePasswordResetProps) {
    super();
  }
}
