import { IntegrationEvent } from '../../../common/contracts/integration-event';

export interface LabelDeletedPayload {
  labelId: string;
  name: string;
  /** How many tasks carried it (they lose it with no task.updated.v1 each). */
  taskCount: number;
}

/** A workspace label was deleted and removed from every task. */
export class LabelDeletedV1 extends IntegrationEvent<LabelDeletedPayload> {
  static readonly TYPE = 'projects.label.deleted.v1';
  readonly type = LabelDeletedV1.TYPE;
}
