import { InvalidCursor } from '../../../common/pagination/invalid-cursor.error';
import { decodeCursor, encodeCursor } from '../../../common/pagination/keyset-cursor';
import { QUEUE_NAMES, type QueueName } from '../queue-names';

const LIST = 'dead-jobs';

/**
 * Where a dead job stands in the list: its failed set's score (finishedOn, milliseconds), then its
 * queue and id, all descending. The score alone ties when jobs fail in the same millisecond; queue
 * and id make the order total across queues.
 */
export interface DeadLetterPosition {
  readonly finishedOn: number;
  readonly queue: QueueName;
  readonly id: string;
}

/** True when `a` comes before `b` in the list (newest first). */
export function isBefore(a: DeadLetterPosition, b: DeadLetterPosition): boolean {
  if (a.finishedOn !== b.finishedOn) return a.finishedOn > b.finishedOn;
  if (a.queue !== b.queue) return a.queue > b.queue;
  return a.id > b.id;
}

export function byListOrder(a: DeadLetterPosition, b: DeadLetterPosition): number {
  return isBefore(a, b) ? -1 : isBefore(b, a) ? 1 : 0;
}

export function deadLetterCursor(position: DeadLetterPosition): string {
  return encodeCursor(LIST, [String(position.finishedOn), position.queue, position.id]);
}

// Milliseconds since the epoch (13 digits until the year 2286); job ids are short strings.
const FINISHED_ON = /^\d{1,15}$/;
const MAX_JOB_ID = 200;

/** The position a cursor of this list stands for; undefined without one; InvalidCursor for junk. */
export function deadLetterPositionOf(cursor: string | undefined): DeadLetterPosition | undefined {
  if (cursor === undefined) return undefined;
  const [finishedOn = null, queue = null, id = null] = decodeCursor(LIST, cursor, 3) ?? [];
  const known = QUEUE_NAMES.find((name) => name === queue);
  if (finishedOn === null || !FINISHED_ON.test(finishedOn) || known === undefined) {
    throw new InvalidCursor();
  }
  if (id === null || id.length === 0 || id.length > MAX_JOB_ID) throw new InvalidCursor();
  return { finishedOn: Number(finishedOn), queue: known, id };
}
