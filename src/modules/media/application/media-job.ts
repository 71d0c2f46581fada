import type { WorkspaceJobData } from '../../../infrastructure/queue/job-reference';
import type { AttachmentVariants } from '../persistence/attachment.entity';

/**
 * The job that takes a stored attachment to ready: an image's variants, another file's second
 * check. Named when attachments were images only; the name stays so that jobs queued before a
 * deploy are still run.
 */
export const PROCESS_IMAGE_JOB = 'process-image';

export interface ProcessImageJobData extends WorkspaceJobData {
  attachmentId: string;
  /** The request's correlation id: the ready event carries it. */
  correlationId?: string;
}

export interface ProcessImageJobResult {
  attachmentId: string;
  /** `already-ready`: a second run (after a crash) found the work done and changed nothing. */
  outcome: 'ready' | 'already-ready' | 'deleted';
  variants: AttachmentVariants | null;
}
