import { Command } from '@nestjs/cqrs';

export interface LogOutProps {
  readonly actorId: string;
  /** The session asking: the one that ends, unless `everywhere`. */
  readonly sessionId: string;
  /** Every session of the user, the current one included. */
  readonly everywhere: boolean;
}

export class LogOutCommand extends Command<void> {
  constructor(readonly props: LogOutProps) {
    super();
  }
}
