import { Command } from '@nestjs/cqrs';

import type { SignedIn } from '../signed-in';

export class LogInCommand extends Command<SignedIn> {
  constructor(
    readonly email: string,
    readonly password: string,
    readonly clientIp: string,
  ) {
    super();
  }
}
