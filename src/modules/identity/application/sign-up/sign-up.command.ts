import { Command } from '@nestjs/cqrs';

import type { MailRequestAccepted } from '../mail-request-accepted';

export class SignUpCommand extends Command<MailRequestAccepted> {
  constructor(
    readonly email: string,
    readonly password: string,
    readonly workspaceName: string,
  ) {
    super();
  }
}
