import { Command } from '@nestjs/cqrs';

import type { MailRequestAccepted } from '../mail-request-accepted';

export interface RequestPasswordResetProps {
  readonly email: string;
  readonly clientIp: string;
}

export class RequestPasswordResetCommand extends Command<MailRequestAccepted> {
  constructor(readonly props: RequestPasswordResetProps) {
    super();
  }
}
