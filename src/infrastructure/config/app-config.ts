import type { QueueName } from '../queue/queue-names';
import type { ModuleName } from './module-names';

export interface AppConfigValues {
  env: 'development' | 'test' | 'production';
  logLevel: string;
  /**
   * `requestBudgetMs`: a handler slower than this logs a warning (docs/JOBS.md, "Budget").
   * `trustProxy`: peers whose X-Forwarded-For names the client (false: none; n: hops).
   */
  http: {
    host: string;
    port: number;
    bodyLimitBytes: number;
    requestBudgetMs: number;
    trustProxy: false | number | string[];
  };
  worker: { httpPort: number; queues: QueueName[] };
  /** The modules web and worker host (HOSTED_MODULES); a service entry hosts its own one. */
  hostedModules: ModuleName[];
  /**
   * The weekly digest's Job Scheduler: a cron `schedule` read in `timezone`, or null when it is
   * off (DIGEST_SCHEDULE=off removes the scheduler).
   */
  digestSchedule: { pattern: string | null; timezone: string };
  shutdownGraceMs: number;
  /** Web: readiness fails this long before the listener closes (SHUTDOWN_DRAIN_DELAY_MS). */
  shutdownDrainDelayMs: number;
  database: {
    primaryUrl: string;
    /** Streaming replicas that read paths may opt in to; empty: every read on the primary. */
    replicaUrls: string[];
    poolSize: number;
    statementTimeoutMs: number;
    /** Waiting for a connection (new, or free in the pool) beyond this fails the request: 503. */
    connectTimeoutMs: number;
    routing: ReadRoutingConfig;
  };
  /** `commandTimeoutMs`: the app connection's commands fail (503) after this, Redis down or slow. */
  redis: { url: string; keyPrefix: string; commandTimeoutMs: number };
  s3: {
    endpoint: string;
    region: string;
    bucket: string;
    accessKeyId: string;
    secretAccessKey: string;
    forcePathStyle: boolean;
  };
  /** Attachments still pending this long after they were announced are removed with their object. */
  media: { pendingUploadTtlMinutes: number };
  /** Activity log entries are deleted this many days after they occurred. */
  analytics: { activityLogRetentionDays: number };
  /** Break-glass Basic credentials; failed tries are limited per client IP. */
  admin: { username: string; password: string; maxFailures: number };
  /** Where users reach the API (links in emails). */
  publicBaseUrl: string;
  sessions: { idleTimeoutSeconds: number; absoluteTimeoutSeconds: number };
  /** Request budgets and abuse limits (docs/adr/0008-rate-limits.md). */
  rateLimits: {
    perMinute: number;
    loginMaxFailures: number;
    loginFailureWindowSeconds: number;
    /** Failed logins from one IP across all accounts, per window. */
    loginIpMaxFailures: number;
    /** The longest wait the per-account login throttle imposes on a client that failed. */
    loginThrottleMaxSeconds: number;
    /** Wrong current passwords per session per login window (PUT /v1/auth/password). */
    passwordChangeMaxFailures: number;
    /** Job event streams and long-polls one user may hold open at once, across instances. */
    jobStreamsPerUser: number;
  };
  /**
   * `GET /v1/me/notifications/stream`: streams one user may hold open at once, across instances,
   * and the interval of its heartbeat comments (which also re-check the session).
   */
  liveNotifications: { streamsPerUser: number; heartbeatMs: number };
  mail: { smtpUrl: string; from: string };
  /**
   * Personal notifications mailed at once: how long the first waiting item waits for others to
   * join its mail (docs/NOTIFICATIONS.md, "Email, batched per recipient").
   */
  inboxMail: { delayMs: number };
  /** Verification and password-reset mails one address, or one client IP, may ask for per hour. */
  accountMails: { perAddressPerHour: number; perIpPerHour: number };
  events: EventsConfig;
  /** OpenTelemetry traces, exported over OTLP/HTTP; off by default (docs/OPERATIONS.md). */
  tracing: TracingConfig;
  /** Per-dependency overrides of DEPENDENCY_DEFAULTS (src/infrastructure/resilience). */
  breakers: Record<string, Partial<BreakerOverrides>>;
  /** `fxUnknownCurrencyCacheSeconds`: how long a code the FX API does not offer is not asked again. */
  billing: { fxApiUrl: string; fxCacheSeconds: number; fxUnknownCurrencyCacheSeconds: number };
  /** Networks customer webhooks may reach although private (tests, on-prem); empty in SaaS. */
  webhooks: { allowedNetworks: string[] };
  /** Quotas per workspace (docs/SECURITY.md, "Quotas per workspace"). */
  workspaceQuotas: WorkspaceQuotas;
  /** Keys sealing stored secrets (SecretBox); the first seals, all open. Key material: base64. */
  secrets: { keys: { id: string; key: string }[] };
}

export interface BreakerOverrides {
  timeoutMs: number;
  retries: number;
  failureThreshold: number;
  resetMs: number;
}

/** The typed configuration both processes receive through dependency injection (class = DI token). */
export class AppConfig implements AppConfigValues {
  declare readonly env: AppConfigValues['env'];
  declare readonly logLevel: string;
  declare readonly http: AppConfigValues['http'];
  declare readonly worker: AppConfigValues['worker'];
  declare readonly hostedModules: AppConfigValues['hostedModules'];
  declare readonly digestSchedule: AppConfigValues['digestSchedule'];
  declare readonly shutdownGraceMs: number;
  declare readonly shutdownDrainDelayMs: number;
  declare readonly database: AppConfigValues['database'];
  declare readonly redis: AppConfigValues['redis'];
  declare readonly s3: AppConfigValues['s3'];
  declare readonly media: AppConfigValues['media'];
  declare readonly analytics: AppConfigValues['analytics'];
  declare readonly admin: AppConfigValues['admin'];
  declare readonly publicBaseUrl: string;
  declare readonly sessions: AppConfigValues['sessions'];
  declare readonly rateLimits: AppConfigValues['rateLimits'];
  declare readonly liveNotifications: AppConfigValues['liveNotifications'];
  declare readonly mail: AppConfigValues['mail'];
  declare readonly inboxMail: AppConfigValues['inboxMail'];
  declare readonly accountMails: AppConfigValues['accountMails'];
  declare readonly events: EventsConfig;
  declare readonly tracing: TracingConfig;
  declare readonly breakers: AppConfigValues['breakers'];
  declare readonly billing: AppConfigValues['billing'];
  declare readonly webhooks: AppConfigValues['webhooks'];
  declare readonly workspaceQuotas: WorkspaceQuotas;
  declare readonly secrets: AppConfigValues['secrets'];

  constructor(values: AppConfigValues) {
    Object.assign(this, values);
  }

  /** A copy with some sections replaced; tests use it to point one app at other resources. */
  with(overrides: Partial<AppConfigValues>): AppConfig {
    return new AppConfig({ ...this, ...overrides });
  }

  get isProduction(): boolean {
    return this.env === 'production';
  }
}

/** Limits one workspace cannot exceed, so it cannot starve the others of workers, mail or memory. */
export interface WorkspaceQuotas {
  /** Exports queued or running at once (409 beyond). */
  exportsInFlight: number;
  /** Webhook endpoints a workspace may have (409 beyond). */
  webhookEndpoints: number;
  /** Digests requested per UTC day (429 with Retry-After beyond, until the day ends). */
  digestsPerDay: number;
  /** Labels a workspace may have (409 beyond). */
  labels: number;
}

/** The event backbone: transport choice and the outbox relay's tuning (docs/EVENTS.md). */
export interface EventsConfig {
  transport: 'inprocess' | 'rabbitmq';
  rabbitmqUrl: string;
  /** Prefix of the exchange and queue names, so several deployments can share one broker. */
  rabbitmqPrefix: string;
  /** Wake the relay with LISTEN/NOTIFY at commit; polling stays on as the fallback. */
  listen: boolean;
  pollIntervalMs: number;
  batchSize: number;
  /** Failed deliveries of one event before it is set aside as dead. */
  maxAttempts: number;
  retentionHours: number;
}

/** OpenTelemetry tracing (src/infrastructure/observability/tracing). */
export interface TracingConfig {
  enabled: boolean;
  /** Base URL of the OTLP/HTTP receiver; spans go to `<otlpEndpoint>/v1/traces`. */
  otlpEndpoint: string;
}

/** Read-your-writes routing over the replicas (docs/READ-REPLICAS.md). */
export interface ReadRoutingConfig {
  /** How long an actor's last write position is kept: their reads wait for it only this long. */
  readYourWritesSeconds: number;
  /** How often each replica's replay position, lag and reachability are read. */
  checkIntervalMs: number;
  checkTimeoutMs: number;
  /** A replica further behind than either limit leaves the rotation until it catches up. */
  maxLagSeconds: number;
  maxLagBytes: number;
  /** How long a job waits for a replica to replay its enqueuer's writes before using the primary. */
  jobReplicaWaitMs: number;
  /** Adds X-Read-From to answers (which server served the read, and why). Tests only. */
  debugHeader: boolean;
}
