import { Command } from '@nestjs/cqrs';

import type { TestEventSent } from './test-event-sent';

export interface SendTestEventProps {
  readonly workspaceId: string;
  readonly actorId: string;
  readonly endpointId: string;
}

export class SendTestEventCommand extends Command<TestEventSent> {
  constructor(readonly props: SendTestEventProps) {
    super();
  }
}
