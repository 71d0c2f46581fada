/**
 * What ioredis rejects a command with when Redis cannot answer it: the connection is away (the
 * command waited through REDIS_COMMAND_TIMEOUT_MS or maxRetriesPerRequest reconnects), or closed.
 */
const UNAVAILABLE_MESSAGES = new Set([
  'Command timed out',
  'Connection is closed.',
  "Stream isn't writeable and enableOfflineQueue options is false",
]);

/**
 * Replies of a Redis that is up but cannot serve: loading its data after a restart, busy with a
 * script, a replica or cluster without a master, out of memory under noeviction.
 */
const UNAVAILABLE_REPLIES = /^(LOADING|BUSY|MASTERDOWN|CLUSTERDOWN|TRYAGAIN|READONLY|OOM)\b/;

/** Whether an error means that Redis (sessions, rate limits, queues, write positions) is unavailable. */
export function isRedisUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'MaxRetriesPerRequestError') return true;
  if (UNAVAILABLE_MESSAGES.has(error.message)) return true;
  return error.name === 'ReplyError' && UNAVAILABLE_REPLIES.test(error.message);
}
