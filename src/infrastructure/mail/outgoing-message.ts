/** One email to one recipient: small text (and optional HTML) that fits in a job payload. */
export interface OutgoingMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/** Bodies larger than this are blobs, which never travel in a job payload (store them, send a link). */
export const MAX_BODY_BYTES = 256 * 1024;
const MAX_SUBJECT_CHARS = 500;
const MAX_ADDRESS_CHARS = 254;

// One bare address (no display name, no list): a local part without spaces, quotes or separators,
// and a domain of at least two dot-separated labels. Letters of any script are allowed.
const LOCAL_PART = String.raw`[^\s@<>()[\]\\,;:"]{1,64}`;
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?`;
const ADDRESS = new RegExp(`^${LOCAL_PART}@${LABEL}(?:\\.${LABEL})+$`, 'u');

/**
 * Throws a plain Error when a caller builds a message that can never be sent. These are programmer
 * mistakes, not user input errors: validate user input (with its own messages) before it gets here.
 * Messages name the field, never its value, so no address or body reaches a log.
 */
export function assertSendable(message: OutgoingMessage): void {
  const problem = firstProblem(message);
  if (problem) throw new Error(`OutgoingMail: ${problem}`);
}

function firstProblem(message: OutgoingMessage): string | undefined {
  if (typeof message?.to !== 'string' || !isEmailAddress(message.to)) {
    return '"to" must be one bare email address (like name@example.com)';
  }
  if (typeof message.subject !== 'string' || message.subject.trim() === '') {
    return '"subject" must be a non-empty string';
  }
  if (/[\r\n]/.test(message.subject) || message.subject.length > MAX_SUBJECT_CHARS) {
    return `"subject" must be one line of at most ${MAX_SUBJECT_CHARS} characters`;
  }
  if (typeof message.text !== 'string' || message.text.trim() === '') {
    return '"text" must be a non-empty string';
  }
  if (message.html !== undefined && typeof message.html !== 'string') {
    return '"html" must be a string when given';
  }
  const bytes = Buffer.byteLength(message.text) + Buffer.byteLength(message.html ?? '');
  if (bytes > MAX_BODY_BYTES)
    return `"text" and "html" together must stay under ${MAX_BODY_BYTES} bytes`;
  return undefined;
}

export function isEmailAddress(value: string): boolean {
  return value.length <= MAX_ADDRESS_CHARS && ADDRESS.test(value);
}
