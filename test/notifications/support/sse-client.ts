import { waitFor } from '../../support/wait-for';

export interface SseEvent {
  id?: string;
  event: string;
  data: string;
  /** When this process read it (Date.now()). */
  receivedAt: number;
}

/**
 * A Server-Sent Events client over fetch (EventSource cannot send Authorization): collects the
 * events and comment lines of one stream as they arrive, so a test waits for what it expects.
 */
export class SseClient {
  readonly events: SseEvent[] = [];
  readonly comments: string[] = [];
  ended = false;
  private readonly abort = new AbortController();

  private constructor(readonly response: Response) {}

  /** Opens the stream; a non-200 answer is returned unread (`response`), with no reader. */
  static async open(url: string, headers: Record<string, string>): Promise<SseClient> {
    const controller = new AbortController();
    const response = await fetch(url, { headers, signal: controller.signal });
    const client = new SseClient(response);
    client.abort.signal.addEventListener('abort', () => controller.abort());
    if (response.status === 200 && response.body) void client.read(response.body);
    return client;
  }

  close(): void {
    this.abort.abort();
  }

  /** Waits until `count` notification events have arrived; answers them. */
  notifications(count: number): Promise<SseEvent[]> {
    return waitFor(`${count} notification event(s)`, () => {
      const found = this.events.filter((event) => event.event === 'notification');
      return found.length >= count ? found : undefined;
    });
  }

  /** Waits for an event named `name`. */
  eventNamed(name: string): Promise<SseEvent> {
    return waitFor(`an event "${name}"`, () => this.events.find((event) => event.event === name));
  }

  untilEnded(): Promise<true> {
    return waitFor('the stream to end', () => (this.ended ? true : undefined));
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let pending = '';
    try {
      for await (const chunk of body) {
        pending += decoder.decode(chunk, { stream: true });
        let end = pending.indexOf('\n\n');
        while (end >= 0) {
          this.parse(pending.slice(0, end));
          pending = pending.slice(end + 2);
          end = pending.indexOf('\n\n');
        }
      }
    } catch {
      // Aborted by the test, or the connection dropped: either way the stream has ended.
    } finally {
      this.ended = true;
    }
  }

  private parse(block: string): void {
    const event: SseEvent = { event: 'message', data: '', receivedAt: Date.now() };
    let hasField = false;
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) {
        this.comments.push(line.slice(1).trim());
        continue;
      }
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'id') event.id = value;
      else if (field === 'event') event.event = value;
      else if (field === 'data') event.data = event.data ? `${event.data}\n${value}` : value;
      else continue;
      hasField = true;
    }
    if (hasField) this.events.push(event);
  }
}
