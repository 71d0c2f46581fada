import { Command } from '@nestjs/cqrs';

import type { MailRequestAccepted } from '../mail-request-accepted';

export interface SignUpProps {
  readonly email: string;
  readonly password: string;
  readonly workspaceName: string;
}

export class SignUpCommand extends Command<MailRequestAccepted> {
  constructor(readonly props: SignUpProps) {
    super();
  }
}
