import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { DigestStart } from '../start-digest/digest-start';
import type { DigestRequested } from './digest-requested';
import { RequestDigestCommand } from './request-digest.command';

/**
 * An admin's digest, now: started the way the weekly schedule starts one (DigestStart), and
 * counted against DIGESTS_PER_DAY (the quota counts requests, which cost before the mail does;
 * a request whose enqueue failed still counts).
 */
@CommandHandler(RequestDigestCommand)
export class RequestDigestHandler implements ICommandHandler<RequestDigestCommand> {
  constructor(private readonly digests: DigestStart) {}

  execute({ props: { workspaceId, actorId } }: RequestDigestCommand): Promise<DigestRequested> {
    return this.digests.start({ workspaceId, requestedBy: actorId });
  }
}
