import { Command } from '@nestjs/cqrs';

import type { ExportFormat } from '../../domain/export-range';
import type { ExportRequested } from './export-requested';

export interface RequestExportProps {
  readonly workspaceId: string;
  /** The signed-in user asking: the export's requester and the unit of work's audit actor. */
  readonly actorId: string;
  readonly format: ExportFormat;
  /** Validated: real days, from ≤ to, at most MAX_EXPORT_DAYS. */
  readonly from: string;
  readonly to: string;
}

export class RequestExportCommand extends Command<ExportRequested> {
  constructor(readonly props: RequestExportProps) {
    super();
  }
}
