import { Command } from '@nestjs/cqrs';

export interface VerifyEmailProps {
  readonly token: string;
}

export class VerifyEmailCommand extends Command<void> {
  constructor(readonly props: VerifyEmailProps) {
    super();
  }
}
