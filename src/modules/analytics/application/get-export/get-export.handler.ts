import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';

import { ReplicaReads } from '../../../../infrastructure/database/replica-reads';
import { ObjectStorage } from '../../../../infrastructure/storage/object-storage';
import { ExportNotFound } from '../../domain/export.errors';
import { ReportExportEntity } from '../../persistence/report-export.entity';
import { DOWNLOAD_LINK_SECONDS, exportFileName } from '../export-job';
import type { ExportView } from './export-view';
import { GetExportQuery } from './get-export.query';

@QueryHandler(GetExportQuery)
export class GetExportHandler implements IQueryHandler<GetExportQuery> {
  constructor(
    private readonly reads: ReplicaReads,
    private readonly storage: ObjectStorage,
  ) {}

  async execute({ props }: GetExportQuery): Promise<ExportView> {
    const { workspaceId, exportId, actorId } = props;
    const row = await this.reads.run({ actorId }, (manager) =>
      manager.findOneBy(ReportExportEntity, { id: exportId, workspaceId }),
    );
    if (!row) throw new ExportNotFound(exportId);
    // Taken before signing, so the stated expiry is never later than the link's own.
    const expiresAt = new Date(Date.now() + DOWNLOAD_LINK_SECONDS * 1000).toISOString();
    const link =
      row.status === 'ready' && row.objectKey
        ? {
            downloadUrl: await this.storage.downloadUrl(
              row.objectKey,
              DOWNLOAD_LINK_SECONDS,
              exportFileName(row.rangeFrom, row.rangeTo, row.format),
            ),
            expiresAt,
          }
        : { downloadUrl: null, expiresAt: null };
    return {
      exportId: row.id,
      jobId: row.jobId,
      format: row.format,
      from: row.rangeFrom,
      to: row.rangeTo,
      status: row.status,
      rows: row.rows,
      requestedAt: row.requestedAt.toISOString(),
      readyAt: row.readyAt ? row.readyAt.toISOString() : null,
      ...link,
    };
  }
}
