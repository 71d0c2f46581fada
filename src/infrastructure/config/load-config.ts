import { AppConfig } from './app-config';
import { InvalidConfigurationError } from './config.error';
import {
  environmentSchema,
  PUBLISHED_ADMIN_PASSWORD,
  PUBLISHED_SECRETS_KEY,
  REQUIRED_IN_PRODUCTION,
  type Environment,
} from './config.schema';
import { MODULE_NAMES } from './module-names';

type RawEnvironment = Record<string, string | undefined>;

/** Reads, validates and types the environment. Never echoes a value: secrets stay out of logs. */
export function loadConfig(raw: RawEnvironment = process.env): AppConfig {
  const present = withoutEmptyValues(raw);
  const problems = missingProductionVariables(present);
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push(`${String(issue.path[0])} ${issue.message}`);
    }
  }
  if (parsed.success)
    problems.push(...inconsistencies(parsed.data), ...publishedSecrets(parsed.data));
  if (problems.length > 0 || !parsed.success) throw new InvalidConfigurationError(problems);
  return toAppConfig(parsed.data);
}

function withoutEmptyValues(raw: RawEnvironment): RawEnvironment {
  return Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== ''));
}

function missingProductionVariables(raw: RawEnvironment): string[] {
  if (raw.NODE_ENV !== 'production') return [];
  const missing = REQUIRED_IN_PRODUCTION.filter((name) => raw[name] === undefined).map(
    (name) => `${name} is required when NODE_ENV=production`,
  );
  // The local broker's URL would be wrong in production, but only a rabbitmq worker uses it.
  if (raw.EVENT_TRANSPORT === 'rabbitmq' && raw.RABBITMQ_URL === undefined) {
    missing.push('RABBITMQ_URL is required when NODE_ENV=production and EVENT_TRANSPORT=rabbitmq');
  }
  // The routing header tells clients which server answered: a test aid, not for the public.
  if (raw.DB_READ_ROUTING_HEADER === 'true') {
    missing.push('DB_READ_ROUTING_HEADER must not be true when NODE_ENV=production');
  }
  return missing;
}

function inconsistencies(env: Environment): string[] {
  const problems: string[] = [];
  // In-process delivery reaches only the consumers inside this worker: a module hosted elsewhere
  // would have its events marked delivered without ever seeing them.
  const elsewhere = MODULE_NAMES.filter((name) => !env.HOSTED_MODULES.includes(name));
  if (elsewhere.length > 0 && env.EVENT_TRANSPORT === 'inprocess') {
    problems.push(
      `HOSTED_MODULES leaves out ${elsewhere.join(', ')}: a module in another process gets its events only with EVENT_TRANSPORT=rabbitmq`,
    );
  }
  if (env.SHUTDOWN_DRAIN_DELAY_MS >= env.SHUTDOWN_GRACE_MS) {
    problems.push(
      `SHUTDOWN_DRAIN_DELAY_MS must be less than SHUTDOWN_GRACE_MS (${env.SHUTDOWN_GRACE_MS}): the drain delay is part of the grace period`,
    );
  }
  // Past the key's lifetime a reader may use any replica in the rotation; that is safe only if
  // every such replica lags less than the key lived (docs/READ-REPLICAS.md, "Guarantees").
  if (env.DB_READ_YOUR_WRITES_SECONDS <= env.DB_REPLICA_MAX_LAG_SECONDS) {
    problems.push(
      `DB_READ_YOUR_WRITES_SECONDS must be greater than DB_REPLICA_MAX_LAG_SECONDS (${env.DB_REPLICA_MAX_LAG_SECONDS})`,
    );
  }
  return problems;
}

/** Production with a secret anyone can read in this repository is no production: refuse to start. */
function publishedSecrets(env: Environment): string[] {
  if (env.NODE_ENV !== 'production') return [];
  const problems: string[] = [];
  if (env.ADMIN_PASSWORD === PUBLISHED_ADMIN_PASSWORD) {
    problems.push(
      'ADMIN_PASSWORD must not be the published local password when NODE_ENV=production',
    );
  }
  if (env.SECRETS_KEYS.some(({ key }) => key === PUBLISHED_SECRETS_KEY)) {
    problems.push(
      'SECRETS_KEYS must not contain the published local key when NODE_ENV=production (make one: openssl rand -base64 32)',
    );
  }
  return problems;
}

function toAppConfig(env: Environment): AppConfig {
  return new AppConfig({
    env: env.NODE_ENV,
    logLevel: env.LOG_LEVEL,
    http: {
      host: env.HTTP_HOST,
      port: env.HTTP_PORT,
      bodyLimitBytes: env.HTTP_BODY_LIMIT_BYTES,
      trustProxy: env.HTTP_TRUST_PROXY,
      requestBudgetMs: env.REQUEST_BUDGET_MS,
    },
    worker: { httpPort: env.WORKER_HTTP_PORT, queues: env.WORKER_QUEUES },
    hostedModules: env.HOSTED_MODULES,
    digestSchedule: { pattern: env.DIGEST_SCHEDULE, timezone: env.DIGEST_SCHEDULE_TZ },
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
    shutdownDrainDelayMs: env.SHUTDOWN_DRAIN_DELAY_MS,
    database: {
      primaryUrl: env.DB_PRIMARY_URL,
      replicaUrls: env.DB_REPLICA_URLS,
      poolSize: env.DB_POOL_SIZE,
      statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS,
      connectTimeoutMs: env.DB_CONNECT_TIMEOUT_MS,
      routing: {
        readYourWritesSeconds: env.DB_READ_YOUR_WRITES_SECONDS,
        checkIntervalMs: env.DB_REPLICA_CHECK_INTERVAL_MS,
        checkTimeoutMs: env.DB_REPLICA_CHECK_TIMEOUT_MS,
        maxLagSeconds: env.DB_REPLICA_MAX_LAG_SECONDS,
        maxLagBytes: env.DB_REPLICA_MAX_LAG_BYTES,
        jobReplicaWaitMs: env.DB_JOB_REPLICA_WAIT_MS,
        debugHeader: env.DB_READ_ROUTING_HEADER,
      },
    },
    redis: {
      url: env.REDIS_URL,
      keyPrefix: env.REDIS_KEY_PREFIX,
      commandTimeoutMs: env.REDIS_COMMAND_TIMEOUT_MS,
    },
    s3: {
      endpoint: env.S3_ENDPOINT,
      region: env.S3_REGION,
      bucket: env.S3_BUCKET,
      accessKeyId: env.S3_ACCESS_KEY_ID,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY,
      forcePathStyle: env.S3_FORCE_PATH_STYLE,
    },
    media: { pendingUploadTtlMinutes: env.MEDIA_PENDING_UPLOAD_TTL_MINUTES },
    analytics: { activityLogRetentionDays: env.ACTIVITY_LOG_RETENTION_DAYS },
    admin: {
      username: env.ADMIN_USERNAME,
      password: env.ADMIN_PASSWORD,
      maxFailures: env.ADMIN_AUTH_MAX_FAILURES,
    },
    publicBaseUrl: env.PUBLIC_BASE_URL.replace(/\/$/, ''),
    sessions: {
      idleTimeoutSeconds: env.SESSION_IDLE_TIMEOUT_SECONDS,
      absoluteTimeoutSeconds: env.SESSION_ABSOLUTE_TIMEOUT_SECONDS,
    },
    rateLimits: {
      perMinute: env.RATE_LIMIT_PER_MINUTE,
      loginMaxFailures: env.LOGIN_MAX_FAILURES,
      loginFailureWindowSeconds: env.LOGIN_FAILURE_WINDOW_SECONDS,
      loginIpMaxFailures: env.LOGIN_IP_MAX_FAILURES,
      loginThrottleMaxSeconds: env.LOGIN_THROTTLE_MAX_SECONDS,
      passwordChangeMaxFailures: env.PASSWORD_CHANGE_MAX_FAILURES,
      jobStreamsPerUser: env.JOB_STREAMS_PER_USER,
    },
    liveNotifications: {
      streamsPerUser: env.NOTIFICATION_STREAMS_PER_USER,
      heartbeatMs: env.NOTIFICATION_STREAM_HEARTBEAT_MS,
    },
    mail: { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM },
    accountMails: {
      perAddressPerHour: env.ACCOUNT_MAILS_PER_ADDRESS_PER_HOUR,
      perIpPerHour: env.ACCOUNT_MAILS_PER_IP_PER_HOUR,
    },
    events: {
      transport: env.EVENT_TRANSPORT,
      rabbitmqUrl: env.RABBITMQ_URL,
      rabbitmqPrefix: env.RABBITMQ_PREFIX,
      listen: env.OUTBOX_LISTEN,
      pollIntervalMs: env.OUTBOX_POLL_INTERVAL_MS,
      batchSize: env.OUTBOX_BATCH_SIZE,
      maxAttempts: env.OUTBOX_MAX_ATTEMPTS,
      retentionHours: env.OUTBOX_RETENTION_HOURS,
    },
    tracing: {
      enabled: env.TRACING_ENABLED,
      otlpEndpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/$/, ''),
    },
    breakers: env.BREAKER_SETTINGS,
    billing: {
      fxApiUrl: env.FX_API_URL.replace(/\/$/, ''),
      fxCacheSeconds: env.FX_CACHE_SECONDS,
      fxUnknownCurrencyCacheSeconds: env.FX_UNKNOWN_CURRENCY_CACHE_SECONDS,
    },
    webhooks: { allowedNetworks: env.WEBHOOK_ALLOWED_NETWORKS },
    workspaceQuotas: {
      exportsInFlight: env.EXPORTS_IN_FLIGHT_PER_WORKSPACE,
      webhookEndpoints: env.WEBHOOK_ENDPOINTS_PER_WORKSPACE,
      digestsPerDay: env.DIGESTS_PER_DAY,
      labels: env.LABELS_PER_WORKSPACE,
    },
    secrets: { keys: env.SECRETS_KEYS },
    inboxMail: { delayMs: env.INBOX_MAIL_DELAY_SECONDS * 1000 },
  });
}
