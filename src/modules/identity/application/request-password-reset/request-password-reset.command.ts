import { Command } from '@nestjs/cqrs';

import type { MailRequestAccepted } from '../mail-request-accepted';

export class RequestPasswordResetCommand extends Command<MailRequestAccepted> {
  constructor(
    readonly email: string,
    readonly clientIp: string,
  ) {
    super();
  }
}
