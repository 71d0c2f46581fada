import { getNextMillis } from 'bullmq';
import { z } from 'zod';

import { QUEUE_NAMES } from '../queue/queue-names';
import { MODULE_NAMES } from './module-names';

const portMessage = { error: 'must be a port number between 1 and 65535' };
const port = z.coerce
  .number(portMessage)
  .int(portMessage)
  .min(1, portMessage)
  .max(65535, portMessage);
const wholeMessage = { error: 'must be a positive whole number' };
const positiveInt = z.coerce.number(wholeMessage).int(wholeMessage).positive(wholeMessage);
const zeroOrMoreMessage = { error: 'must be a whole number, 0 or more' };
const nonNegativeInt = z.coerce
  .number(zeroOrMoreMessage)
  .int(zeroOrMoreMessage)
  .nonnegative(zeroOrMoreMessage);
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(', ')}` });
const postgresUrl = z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' });
const redisUrl = z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' });
const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' });
const replicaUrlList = z
  .string()
  .transform((value) =>
    value.trim() === 'none'
      ? []
      : value
          .split(',')
          .map((url) => url.trim())
          .filter(Boolean),
  )
  // Each URL is checked on its own, so the message names the rule a bad entry breaks.
  .pipe(z.array(postgresUrl));
/** An IANA time zone the runtime knows (`UTC`, `Europe/Berlin`). */
const timeZone = z.string().refine(
  (value) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      return true;
    } catch {
      return false;
    }
  },
  { error: 'must be an IANA time zone such as UTC or Europe/Berlin' },
);
/**
 * A cron pattern (5 fields, or 6 with leading seconds) as BullMQ's scheduler reads it, or `off`
 * (null). Checked with BullMQ's own parser, so a pattern the scheduler would refuse stops the start.
 */
const cronOrOff = z.string().transform((value, context) => {
  const pattern = value.trim();
  if (pattern === 'off') return null;
  try {
    if (getNextMillis(Date.now(), { pattern }) !== undefined) return pattern;
  } catch {
    // reported below
  }
  context.addIssue({ code: 'custom', message: 'must be a cron pattern (e.g. "0 8 * * 1") or off' });
  return z.NEVER;
});
const breakerSettings = z
  .string()
  .transform((value, context) => {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      context.addIssue({ code: 'custom', message: 'must be JSON' });
      return z.NEVER;
    }
  })
  .pipe(
    z.record(
      z.string().regex(/^[a-z0-9-]+$/, 'names a dependency in lower case (e.g. fx-rates)'),
      z
        .object({
          timeoutMs: z.number().int().positive().optional(),
          retries: z.number().int().min(0).max(10).optional(),
          failureThreshold: z.number().int().positive().optional(),
          resetMs: z.number().int().positive().optional(),
        })
        .strict(),
      {
        error:
          'must be a JSON object of dependency → {timeoutMs, retries, failureThreshold, resetMs}',
      },
    ),
  );
const cidrList = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
  )
  .pipe(
    z.array(
      z.union([z.cidrv4(), z.cidrv6()], { error: 'must be a comma-separated list of CIDR ranges' }),
    ),
  );
/**
 * Which peers may tell the client's address in X-Forwarded-For: `none`, a hop count (`1`: the
 * nearest proxy), or a comma-separated list of addresses/CIDR ranges (the load balancers).
 */
const trustedProxies = z.string().transform((value, context): false | number | string[] => {
  const trimmed = value.trim();
  if (trimmed === 'none') return false;
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const entries = trimmed.split(',').map((entry) => entry.trim());
  const address = z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()]);
  if (entries.every((entry) => address.safeParse(entry).success)) return entries;
  context.addIssue({
    code: 'custom',
    message: 'must be none, a hop count, or a comma-separated list of addresses or CIDR ranges',
  });
  return z.NEVER;
});
/**
 * Keys that seal stored secrets (Slack webhook URLs, webhook signing secrets): `<id>:<base64 of 32
 * bytes>`, comma-separated. The first seals; every one listed opens what it sealed (rotation).
 */
const secretKeyList = z.string().transform((value, context) => {
  const keys = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const separator = entry.indexOf(':');
      return { id: entry.slice(0, separator), key: entry.slice(separator + 1) };
    });
  const valid =
    keys.length > 0 &&
    keys.every(
      ({ id, key }) => /^[a-z0-9-]{1,16}$/.test(id) && Buffer.from(key, 'base64').length === 32,
    ) &&
    new Set(keys.map(({ id }) => id)).size === keys.length;
  if (valid) return keys;
  context.addIssue({
    code: 'custom',
    message:
      'must be a comma-separated list of <id>:<base64 of 32 random bytes>, ids of a-z, 0-9 and -, each id once',
  });
  return z.NEVER;
});
const booleanFlag = oneOf(['true', 'false']).transform((value) => value === 'true');
/** A comma-separated, non-empty list of names out of `names` (WORKER_QUEUES, HOSTED_MODULES). */
const listOf = <const T extends readonly [string, ...string[]]>(names: T, what: string) =>
  z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(z.enum(names, { error: `may name only ${names.join(', ')}` }))
        .min(1, `must name at least one ${what}`),
    );
const queueList = listOf(QUEUE_NAMES, 'queue');
const moduleList = listOf(MODULE_NAMES, 'module');

/**
 * Every variable the processes read. Defaults serve the local stack (scripts/stack); the ones listed
 * in REQUIRED_IN_PRODUCTION have no safe default and must be set when NODE_ENV=production.
 */
/**
 * The local stack's admin password and sealing key: published in this repository, so production
 * refuses them even when they are set explicitly (load-config.ts).
 */
export const PUBLISHED_ADMIN_PASSWORD = 'tenfold-admin-local';
export const PUBLISHED_SECRETS_KEY = 'dGVuZm9sZC1sb2NhbC1zZWNyZXRzLWtleS0zMmJ5dGU=';

export const environmentSchema = z.object({
  NODE_ENV: oneOf(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HTTP_HOST: z.string().min(1, 'must not be empty').default('127.0.0.1'),
  HTTP_PORT: port.default(3000),
  HTTP_BODY_LIMIT_BYTES: positiveInt.default(1_048_576),
  // Behind a load balancer every request comes from its address: without this, per-IP limits and
  // anonymous idempotency scopes would lump all clients together.
  HTTP_TRUST_PROXY: trustedProxies.default(false),
  REQUEST_BUDGET_MS: positiveInt.default(200),
  WORKER_HTTP_PORT: port.default(3001),
  WORKER_QUEUES: queueList.default([...QUEUE_NAMES]),
  // Web and worker: the modules whose routes, consumers and processors this process registers.
  // A module left out runs elsewhere (src/services/), so its events must cross processes.
  HOSTED_MODULES: moduleList.default([...MODULE_NAMES]),
  SHUTDOWN_GRACE_MS: positiveInt.default(10_000),
  // Web only: after SIGTERM, how long readiness answers 503 while requests are still served, so a
  // load balancer's health check takes the instance out before its listener closes.
  SHUTDOWN_DRAIN_DELAY_MS: nonNegativeInt.default(0),
  DB_PRIMARY_URL: postgresUrl.default('postgres://tenfold:tenfold@127.0.0.1:55432/tenfold'),
  // The local stack's two streaming replicas; `none` sends every read to the primary.
  DB_REPLICA_URLS: replicaUrlList.default([
    'postgres://tenfold:tenfold@127.0.0.1:55433/tenfold',
    'postgres://tenfold:tenfold@127.0.0.1:55434/tenfold',
  ]),
  DB_READ_YOUR_WRITES_SECONDS: positiveInt.default(30),
  DB_REPLICA_CHECK_INTERVAL_MS: positiveInt.default(250),
  DB_REPLICA_CHECK_TIMEOUT_MS: positiveInt.default(1_000),
  DB_REPLICA_MAX_LAG_SECONDS: positiveInt.default(10),
  DB_REPLICA_MAX_LAG_BYTES: positiveInt.default(64 * 1024 * 1024),
  DB_JOB_REPLICA_WAIT_MS: positiveInt.default(2_000),
  DB_READ_ROUTING_HEADER: booleanFlag.default(false),
  DB_POOL_SIZE: positiveInt.default(10),
  DB_STATEMENT_TIMEOUT_MS: positiveInt.default(15_000),
  // How long a request waits for a database connection (a new one, or a free one from the pool)
  // before it answers 503: a stopped or hung primary gives a fast answer, not a hang.
  DB_CONNECT_TIMEOUT_MS: positiveInt.default(5_000),
  REDIS_URL: redisUrl.default('redis://127.0.0.1:56379'),
  // The longest a command of the app's own Redis connection waits (queued while Redis is away,
  // or unanswered) before the request answers 503. Not applied to BullMQ's blocking connections.
  REDIS_COMMAND_TIMEOUT_MS: positiveInt.default(3_000),
  // Braces allow a Redis Cluster hash tag, e.g. {tenfold}: every BullMQ key in one slot.
  REDIS_KEY_PREFIX: z
    .string()
    .regex(
      /^[a-z0-9:_{}-]+$/i,
      'may hold only letters, digits, ":", "_", "-" and braces (a cluster hash tag)',
    )
    .default('tenfold'),
  S3_ENDPOINT: httpUrl.default('http://127.0.0.1:54569'),
  S3_REGION: z.string().min(1, 'must not be empty').default('us-east-1'),
  S3_BUCKET: z.string().min(3, 'must be at least 3 characters').default('tenfold'),
  S3_ACCESS_KEY_ID: z.string().min(1, 'must not be empty').default('S3RVER'),
  S3_SECRET_ACCESS_KEY: z.string().min(1, 'must not be empty').default('S3RVER'),
  S3_FORCE_PATH_STYLE: booleanFlag.default(true),
  // Attachments announced but never completed are removed after this (docs/MEDIA.md). At least
  // twice the 15-minute upload URL lifetime, so that no upload lands after its row was swept.
  MEDIA_PENDING_UPLOAD_TTL_MINUTES: positiveInt
    .min(30, 'must be at least 30 (twice the upload URL lifetime)')
    .default(60),
  // Activity log entries older than this are deleted, hourly (docs/ANALYTICS.md, "Activity log").
  ACTIVITY_LOG_RETENTION_DAYS: positiveInt.default(180),
  PUBLIC_BASE_URL: httpUrl.default('http://127.0.0.1:3000'),
  SESSION_IDLE_TIMEOUT_SECONDS: positiveInt.default(30 * 60),
  SESSION_ABSOLUTE_TIMEOUT_SECONDS: positiveInt.default(8 * 60 * 60),
  RATE_LIMIT_PER_MINUTE: positiveInt.default(600),
  LOGIN_MAX_FAILURES: positiveInt.default(10),
  LOGIN_FAILURE_WINDOW_SECONDS: positiveInt.default(15 * 60),
  LOGIN_IP_MAX_FAILURES: positiveInt.default(30),
  LOGIN_THROTTLE_MAX_SECONDS: positiveInt.default(5 * 60),
  PASSWORD_CHANGE_MAX_FAILURES: positiveInt.default(5),
  JOB_STREAMS_PER_USER: positiveInt.default(5),
  // Live notification streams (docs/NOTIFICATIONS.md, "Live delivery").
  NOTIFICATION_STREAMS_PER_USER: positiveInt.default(5),
  NOTIFICATION_STREAM_HEARTBEAT_MS: positiveInt.default(15_000),
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' })
    .default('smtp://127.0.0.1:52525'),
  MAIL_FROM: z.string().min(3, 'must name a sender').default('tenfold <no-reply@tenfold.local>'),
  // Verification and password-reset mails a client may ask for within an hour (docs/adr/0016).
  ACCOUNT_MAILS_PER_ADDRESS_PER_HOUR: positiveInt.default(3),
  ACCOUNT_MAILS_PER_IP_PER_HOUR: positiveInt.default(20),
  EVENT_TRANSPORT: oneOf(['inprocess', 'rabbitmq']).default('inprocess'),
  RABBITMQ_URL: z
    .url({ protocol: /^amqps?$/, error: 'must be an amqp:// or amqps:// URL' })
    .default('amqp://tenfold:tenfold@127.0.0.1:55672/tenfold'),
  RABBITMQ_PREFIX: z
    .string()
    .regex(/^[a-z0-9._:-]+$/i, 'may hold only letters, digits, ".", ":", "_" and "-"')
    .default('tenfold'),
  OUTBOX_LISTEN: booleanFlag.default(true),
  OUTBOX_POLL_INTERVAL_MS: positiveInt.default(1_000),
  OUTBOX_BATCH_SIZE: positiveInt.default(100),
  OUTBOX_MAX_ATTEMPTS: positiveInt.default(10),
  OUTBOX_RETENTION_HOURS: positiveInt.default(7 * 24),
  // OpenTelemetry traces (docs/OPERATIONS.md, "Tracing"). Off: no SDK is even loaded.
  TRACING_ENABLED: booleanFlag.default(false),
  // The OTLP/HTTP receiver (a collector); spans are posted to <endpoint>/v1/traces.
  OTEL_EXPORTER_OTLP_ENDPOINT: httpUrl.default('http://127.0.0.1:4318'),
  BREAKER_SETTINGS: breakerSettings.default({}),
  FX_API_URL: httpUrl.default('https://api.frankfurter.dev/v1'),
  FX_CACHE_SECONDS: positiveInt.default(600),
  // How long a currency the FX API does not offer is remembered as such (docs/BILLING.md).
  FX_UNKNOWN_CURRENCY_CACHE_SECONDS: positiveInt.default(3600),
  // A fixed key for the local stack only; production must set its own (REQUIRED_IN_PRODUCTION).
  SECRETS_KEYS: secretKeyList.default([{ id: 'local', key: PUBLISHED_SECRETS_KEY }]),
  WEBHOOK_ALLOWED_NETWORKS: cidrList.default([]),
  // Quotas per workspace, so one tenant cannot starve the others (docs/SECURITY.md).
  EXPORTS_IN_FLIGHT_PER_WORKSPACE: positiveInt.default(3),
  WEBHOOK_ENDPOINTS_PER_WORKSPACE: positiveInt.default(10),
  DIGESTS_PER_DAY: positiveInt.default(5),
  LABELS_PER_WORKSPACE: positiveInt.default(100),
  // Personal notifications mailed per recipient in one batch: the first waits this long for more.
  INBOX_MAIL_DELAY_SECONDS: positiveInt.default(60),
  // The weekly digest's schedule, for the whole fleet (docs/NOTIFICATIONS.md, "Schedule").
  DIGEST_SCHEDULE: cronOrOff.default('0 8 * * 1'),
  DIGEST_SCHEDULE_TZ: timeZone.default('UTC'),
  ADMIN_USERNAME: z.string().min(1, 'must not be empty').default('admin'),
  ADMIN_PASSWORD: z
    .string()
    .min(12, 'must be at least 12 characters')
    .default(PUBLISHED_ADMIN_PASSWORD),
  ADMIN_AUTH_MAX_FAILURES: positiveInt.default(10),
});

export type Environment = z.infer<typeof environmentSchema>;

/** Endpoints and secrets whose local defaults would be wrong or unsafe in production. */
export const REQUIRED_IN_PRODUCTION = [
  'DB_PRIMARY_URL',
  'DB_REPLICA_URLS',
  'REDIS_URL',
  'S3_ENDPOINT',
  'S3_BUCKET',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'SMTP_URL',
  'PUBLIC_BASE_URL',
  'ADMIN_USERNAME',
  'ADMIN_PASSWORD',
  'SECRETS_KEYS',
] as const satisfies readonly (keyof Environment)[];
