/** A notifications-queue job: tell a workspace's Slack that a task was completed. */
export const SLACK_TASK_COMPLETED_JOB = 'slack-task-completed';

/** Ids only: the processor reads the connection and the title when it runs. */
export interface SlackNotificationJobData {
  workspaceId: string;
  taskId: string;
  projectId: string;
  /** The projects.task.completed.v1 event: the job's id and the delivery record's key. */
  eventId: string;
}

export type SlackNotificationJobResult =
  | { outcome: 'delivered'; status: number }
  | { outcome: 'already-delivered' }
  | { outcome: 'skipped'; reason: 'no-active-connection' };

/** One event, one job: while a job with this id exists, enqueueing it again does nothing. */
export function slackJobIdOf(eventId: string): string {
  return `slack-${eventId}`;
}
