import { Command } from '@nestjs/cqrs';

import type { SignedIn } from '../signed-in';

export interface LogInProps {
  readonly email: string;
  readonly password: string;
  readonly clientIp: string;
}

export class LogInCommand extends Command<SignedIn> {
  constructor(readonly props: LogInProps) {
    super();
  }
}
