import { Command } from '@nestjs/cqrs';

import type { ExportFormat } from '../../domain/export-range';

export class RequestExportCommand extends Command<{ exportId: string; jobId: string }> {
  constructor(
    readonly workspaceId: string,
    readonly requestedBy: string,
    readonly format: ExportFormat,
    /** Validated: real days, from ≤ to, at most MAX_EXPORT_DAYS. */
    readonly from: string,
    readonly to: string,
  ) {
    super();
  }
}
