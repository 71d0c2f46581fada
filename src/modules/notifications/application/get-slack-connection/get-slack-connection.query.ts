import { Query } from '@nestjs/cqrs';

import type { SlackConnectionView } from '../slack-connection-view';

export class GetSlackConnectionQuery extends Query<SlackConnectionView> {
  constructor(readonly workspaceId: string) {
    super();
  }
}
