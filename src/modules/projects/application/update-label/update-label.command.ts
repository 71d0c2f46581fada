import { Command } from '@nestjs/cqrs';

import type { LabelPatch } from '../../domain/label-transitions';
import type { LabelView } from '../label-view';

export interface UpdateLabelProps {
  readonly workspaceId: string;
  /** The signed-in user doing this: the event's actor. */
  readonly actorId: string;
  readonly labelId: string;
  /** Fields left undefined stay as they are. */
  readonly changes: LabelPatch;
}

export class UpdateLabelCommand extends Command<LabelView> {
  constructor(readonly props: UpdateLabelProps) {
    super();
  }
}
