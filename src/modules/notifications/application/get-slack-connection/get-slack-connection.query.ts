import { Query } from '@nestjs/cqrs';

import type { SlackConnectionView } from '../slack-connection-view';

export interface GetSlackConnectionProps {
  readonly workspaceId: string;
}

export class GetSlackConnectionQuery extends Query<SlackConnectionView> {
  constructor(readonly props: GetSlackConnectionProps) {
    super();
  }
}
