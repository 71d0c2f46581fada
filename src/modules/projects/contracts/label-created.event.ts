import { IntegrationEvent } from '../../../common/contracts/integration-event';

export interface LabelCreatedPayload {
  labelId: string;
  name: string;
  /** `#rrggbb` */
  color: string;
}

/** A workspace label was defined. */
export class LabelCreatedV1 extends IntegrationEvent<LabelCreatedPayload> {
  static readonly TYPE = 'projects.label.created.v1';
  readonly type = LabelCreatedV1.TYPE;
}
