import { Query } from '@nestjs/cqrs';

import type { ExportView } from './export-view';

export class GetExportQuery extends Query<ExportView> {
  constructor(
    readonly workspaceId: string,
    readonly exportId: string,
    /** The caller: sees the row they just requested (read-your-writes). */
    readonly readerId: string,
  ) {
    super();
  }
}
