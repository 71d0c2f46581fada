import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { SessionStore } from '../../sessions/session-store';
import { LogOutCommand } from './log-out.command';

@CommandHandler(LogOutCommand)
export class LogOutHandler implements ICommandHandler<LogOutCommand> {
  constructor(private readonly sessions: SessionStore) {}

  async execute({ props: { actorId, sessionId, everywhere } }: LogOutCommand): Promise<void> {
    if (everywhere) await this.sessions.revokeAll(actorId);
    else await this.sessions.revoke(sessionId, actorId);
  }
}
