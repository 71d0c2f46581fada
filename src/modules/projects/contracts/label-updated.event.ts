import { IntegrationEvent } from '../../../common/contracts/integration-event';

export interface LabelUpdatedPayload {
  labelId: string;
  name: string;
  color: string;
  /** Only fields that really changed appear. */
  changes: {
    name?: { from: string; to: string };
    color?: { from: string; to: string };
  };
}

/** A workspace label was renamed or recoloured. */
export class LabelUpdatedV1 extends IntegrationEvent<LabelUpdatedPayload> {
  static readonly TYPE = 'projects.label.updated.v1';
  readonly type = LabelUpdatedV1.TYPE;
}
