/**
 * pending: announced, waiting for a presigned upload; processing: the original is stored and a job
 * makes the variants; ready or failed: the job's outcome, each reached at most once.
 */
export const ATTACHMENT_STATUSES = ['pending', 'processing', 'ready', 'failed'] as const;
export type AttachmentStatus = (typeof ATTACHMENT_STATUSES)[number];
