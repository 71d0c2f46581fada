import { Command } from '@nestjs/cqrs';

import type { LabelView } from '../label-view';

export interface CreateLabelProps {
  readonly workspaceId: string;
  /** The signed-in user doing this: the label's creator and the event's actor. */
  readonly actorId: string;
  readonly name: string;
  /** `#rrggbb` in either case; stored in lower case. */
  readonly color: string;
}

export class CreateLabelCommand extends Command<LabelView> {
  constructor(readonly props: CreateLabelProps) {
    super();
  }
}
