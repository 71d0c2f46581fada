import { setTimeout as sleep } from 'node:timers/promises';

/** Polls check() every everyMs until it returns true or timeoutMs passed; resolves whether it did. */
export async function waitFor(
  check: () => Promise<boolean>,
  { timeoutMs, everyMs = 50 }: { timeoutMs: number; everyMs?: number },
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await sleep(everyMs);
  }
}
