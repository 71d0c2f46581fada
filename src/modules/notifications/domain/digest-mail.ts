import type { DigestPeriod } from './digest-period';

export interface DigestContent {
  workspaceId: string;
  period: DigestPeriod;
  completedTasks: number;
}

export interface DigestMail {
  subject: string;
  text: string;
}

/** The digest as one member reads it. Plain text: it names only numbers, dates and links. */
export function digestMail(content: DigestContent, publicBaseUrl: string): DigestMail {
  const base = publicBaseUrl.replace(/\/+$/, '');
  const { completedTasks: n, period, workspaceId } = content;
  const tasks = n === 1 ? '1 task' : `${n} tasks`;
  return {
    subject: `Your weekly digest: ${tasks} completed`,
    text: [
      `${tasks} completed in your workspace from ${period.start} to ${period.end} (UTC).`,
      '',
      `Workspace: ${base}/v1/workspaces/${workspaceId}`,
      '',
      'To stop these digests: PUT ' +
        `${base}/v1/workspaces/${workspaceId}/digests/subscription {"subscribed": false}`,
    ].join('\n'),
  };
}
