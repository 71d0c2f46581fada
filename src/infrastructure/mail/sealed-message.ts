import type { SecretBox } from '../secrets/secret-box';
import type { OutgoingMessage } from './outgoing-message';
import type { LegacySendEmailJobData, SendEmailJobData } from './send-email-job';

type SealedContent = Pick<OutgoingMessage, 'subject' | 'text' | 'html'>;

/** Binds the sealed content to its job: content copied into another job does not open there. */
const contextOf = (jobId: string) => `email-job:${jobId}`;

export function sealMessage(
  box: SecretBox,
  jobId: string,
  message: OutgoingMessage,
): SendEmailJobData {
  const { to, subject, text, html } = message;
  const content: SealedContent = html === undefined ? { subject, text } : { subject, text, html };
  return { to, sealed: box.seal(JSON.stringify(content), contextOf(jobId)) };
}

/** Throws UnreadableSecret when the key that sealed it is gone or the data was altered. */
export function openMessage(
  box: SecretBox,
  jobId: string,
  data: SendEmailJobData | LegacySendEmailJobData,
): OutgoingMessage {
  if ('message' in data) return data.message;
  const content = JSON.parse(box.open(data.sealed, contextOf(jobId))) as SealedContent;
  return { to: data.to, ...content };
}
