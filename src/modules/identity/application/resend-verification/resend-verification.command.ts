import { Command } from '@nestjs/cqrs';

import type { MailRequestAccepted } from '../mail-request-accepted';

export class ResendVerificationCommand extends Command<MailRequestAccepted> {
  constructor(
    readonly email: string,
    readonly clientIp: string,
  ) {
    super();
  }
}
