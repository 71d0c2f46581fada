import { Command } from '@nestjs/cqrs';

import type { SignedIn } from '../signed-in';

export class SignUpCommand extends Command<SignedIn> {
  constructor(
    readonly email: string,
    readonly password: string,
    readonly workspaceName: string,
  ) {
    super();
  }
}
