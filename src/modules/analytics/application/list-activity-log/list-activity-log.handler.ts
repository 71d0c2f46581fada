import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';

import { InvalidCursor } from '../../../../common/pagination/invalid-cursor.error';
import { pageOf } from '../../../../common/pagination/page';
import { ReplicaReads } from '../../../../infrastructure/database/replica-reads';
import {
  ACTIVITY_LOG_LIST,
  activityLogKeys,
  decodeActivityLogCursor,
} from '../../domain/activity-log-cursor';
import { activityLogPage, type ActivityLogRow } from '../../persistence/activity-log.store';
import type { ActivityLogEntryView, ActivityLogPage } from './activity-log-view';
import { ListActivityLogQuery } from './list-activity-log.query';

/**
 * Newest first, keyset on (occurred_at, event id): a page starts strictly after the last entry of
 * the previous one, so entries logged meanwhile (newer) never shift it. Read on a replica that has
 * the caller's own writes (else the primary).
 */
@QueryHandler(ListActivityLogQuery)
export class ListActivityLogHandler implements IQueryHandler<ListActivityLogQuery> {
  constructor(private readonly reads: ReplicaReads) {}

  async execute({ props }: ListActivityLogQuery): Promise<ActivityLogPage> {
    const olderThan =
      props.cursor === undefined ? undefined : decodeActivityLogCursor(props.cursor);
    if (props.cursor !== undefined && olderThan === undefined) throw new InvalidCursor();
    const rows = await this.reads.run({ actorId: props.actorId }, (manager) =>
      activityLogPage(manager, {
        workspaceId: props.workspaceId,
        ...props.filter,
        olderThan,
        take: props.limit + 1,
      }),
    );
    return pageOf(
      rows,
      props.limit,
      ACTIVITY_LOG_LIST,
      (row) => activityLogKeys({ occurredAt: row.occurredAt.toISOString(), eventId: row.eventId }),
      viewOf,
    );
  }
}

function viewOf(row: ActivityLogRow): ActivityLogEntryView {
  return {
    id: row.eventId,
    occurredAt: row.occurredAt.toISOString(),
    actorId: row.actorId,
    kind: row.kind,
    subject: { type: row.subjectType, id: row.subjectId },
    projectId: row.projectId,
    taskId: row.taskId,
    summary: row.summary,
  };
}
