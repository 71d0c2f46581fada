/**
 * The Redis pub/sub channel of one user's new inbox items: the worker's relay publishes each item
 * there (its list JSON, a NotificationView), and a web instance subscribes only while one of the
 * user's streams is open on it. Channels are not key-prefixed by ioredis: the prefix goes in by
 * hand, so test runs and deployments sharing a Redis do not hear each other.
 */
export function liveChannelOf(keyPrefix: string, userId: string): string {
  return `${keyPrefix}:notifications:live:${userId}`;
}

/** The user id a channel names, or undefined for another channel. */
export function userOfLiveChannel(keyPrefix: string, channel: string): string | undefined {
  const head = `${keyPrefix}:notifications:live:`;
  return channel.startsWith(head) ? channel.slice(head.length) : undefined;
}
