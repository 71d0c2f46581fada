import { Query } from '@nestjs/cqrs';

import type { LabelView } from '../label-view';

export interface GetLabelProps {
  readonly workspaceId: string;
  readonly labelId: string;
}

export class GetLabelQuery extends Query<LabelView> {
  constructor(readonly props: GetLabelProps) {
    super();
  }
}
