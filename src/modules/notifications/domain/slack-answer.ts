const REASON_MAX = 300;

export function isDelivered(status: number): boolean {
  return status >= 200 && status < 300;
}

/**
 * Why Slack refused a message for good, e.g. `404 no_service`. Slack answers its errors as a short
 * plain-text code; only printable characters of it are kept, and only so many.
 */
export function refusalReason(status: number, body: string): string {
  const code = body.replace(/[^\x20-\x7e]+/g, ' ').trim();
  return `${status}${code ? ` ${code}` : ''}`.slice(0, REASON_MAX);
}
