/** The body posted to the webhook for one completed task (docs/NOTIFICATIONS.md, "Messages"). */
export interface SlackMessage {
  text: string;
}

export interface CompletedTask {
  workspaceId: string;
  taskId: string;
  /** From notifications' own title projection; null when it never saw the task's creation. */
  title: string | null;
}

/** Slack mrkdwn needs exactly these three escaped; anything else in a title is shown as typed. */
export function escapeForSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function taskCompletedMessage(task: CompletedTask, publicBaseUrl: string): SlackMessage {
  const link = `${publicBaseUrl.replace(/\/+$/, '')}/v1/workspaces/${task.workspaceId}/tasks/${task.taskId}`;
  const what =
    task.title === null ? 'A task was completed' : `Task completed: ${escapeForSlack(task.title)}`;
  return { text: `:white_check_mark: ${what}\n<${link}|View the task>` };
}
