import { Query } from '@nestjs/cqrs';

import type { ExportView } from './export-view';

export interface GetExportProps {
  readonly workspaceId: string;
  readonly exportId: string;
  /** The caller: sees the row they just requested (read-your-writes). */
  readonly actorId: string;
}

export class GetExportQuery extends Query<ExportView> {
  constructor(readonly props: GetExportProps) {
    super();
  }
}
