/**
 * A Message-ID that stays the same on every attempt of one job, so a receiver that got the mail
 * from an attempt whose acknowledgement was lost can recognise the retry as a duplicate.
 */
export function messageIdFor(jobId: string, from: string): string {
  const domain = /@([^\s>@]+)>?\s*$/.exec(from)?.[1] ?? 'tenfold.local';
  return `<${jobId}@${domain}>`;
}
