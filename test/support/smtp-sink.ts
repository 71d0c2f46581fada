import { waitFor } from './wait-for';

/** The local stack's SMTP sink keeps every message it receives and serves them over HTTP. */
const SINK_API = process.env.SMTP_SINK_API ?? 'http://127.0.0.1:58025';

export interface SinkMessage {
  envelope: { from: string; to: string[] };
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  headers: Record<string, string | string[]>;
}

export async function mailsTo(address: string): Promise<SinkMessage[]> {
  const response = await fetch(`${SINK_API}/messages?to=${encodeURIComponent(address)}`);
  if (!response.ok) throw new Error(`SMTP sink answered ${response.status}`);
  return (await response.json()) as SinkMessage[];
}

/** Waits until at least `count` mails to the address have arrived; returns them oldest first. */
export async function waitForMailsTo(
  address: string,
  count = 1,
  timeoutMs = 15_000,
): Promise<SinkMessage[]> {
  return waitFor(
    `${count} mail(s) to ${address} in the SMTP sink`,
    async () => {
      const messages = await mailsTo(address);
      return messages.length >= count ? messages : undefined;
    },
    timeoutMs,
  );
}

/** The invitation token from an invitation mail's text. */
export function invitationTokenIn(message: SinkMessage): string {
  const token = /invitation token: ([A-Za-z0-9_-]{43})/.exec(message.text)?.[1];
  if (!token) throw new Error(`no invitation token in mail "${message.subject}"`);
  return token;
}
