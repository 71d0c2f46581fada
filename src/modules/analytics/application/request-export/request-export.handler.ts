import { randomUUID } from 'node:crypto';

import { InjectQueue } from '@nestjs/bullmq';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { Queue } from 'bullmq';

import { currentCorrelationId } from '../../../../common/correlation/correlation-context';
import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { newJobId } from '../../../../infrastructure/queue/job-reference';
import { ReportExportEntity } from '../../persistence/report-export.entity';
import { EXPORT_JOB, type ExportJobData } from '../export-job';
import type { ExportRequested } from './export-requested';
import { ExportSlots } from './export-slots';
import { RequestExportCommand } from './request-export.command';

/**
 * Writes the export row, then enqueues its job with the commit's WAL position: the job reads the
 * row (and the facts) on a replica only once that replica has replayed the request's write.
 * A slot of the workspace's exports in flight is claimed in the same transaction (ExportSlots).
 */
@CommandHandler(RequestExportCommand)
export class RequestExportHandler implements ICommandHandler<RequestExportCommand> {
  constructor(
    @InjectQueue('reports') private readonly queue: Queue<ExportJobData>,
    private readonly unitOfWork: UnitOfWork,
    private readonly slots: ExportSlots,
  ) {}

  async execute({ props }: RequestExportCommand): Promise<ExportRequested> {
    const { workspaceId, actorId, format, from, to } = props;
    const exportId = randomUUID();
    const jobId = newJobId('reports');
    const { position } = await this.unitOfWork.commit(actorId, async (manager) => {
      await this.slots.claim(manager, workspaceId);
      return manager.insert(ReportExportEntity, {
        id: exportId,
        workspaceId,
        format,
        rangeFrom: from,
        rangeTo: to,
        status: 'queued',
        objectKey: null,
        rows: null,
        jobId,
        requestedBy: actorId,
        requestedAt: new Date(),
        readyAt: null,
      });
    });
    const data: ExportJobData = {
      workspaceId,
      // Its download link is no more public than POST …/analytics/exports: members and up.
      visibleFrom: 'member',
      requestedBy: actorId,
      readAfter: position,
      exportId,
      format,
      from,
      to,
      correlationId: currentCorrelationId(),
    };
    try {
      await this.queue.add(EXPORT_JOB, data, { jobId });
    } catch (error) {
      // No job will ever build it: do not leave a row that stays "queued" for good.
      await this.unitOfWork.run(actorId, (manager) =>
        manager.update(ReportExportEntity, { id: exportId }, { status: 'failed' }),
      );
      throw error;
    }
    return { exportId, jobId };
  }
}
