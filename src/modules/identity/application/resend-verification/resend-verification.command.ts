import { Command } from '@nestjs/cqrs';

import type { MailRequestAccepted } from '../mail-request-accepted';

export interface ResendVerificationProps {
  readonly email: string;
  readonly clientIp: string;
}

export class ResendVerificationCommand extends Command<MailRequestAccepted> {
  constructor(readonly props: ResendVerificationProps) {
    super();
  }
}
