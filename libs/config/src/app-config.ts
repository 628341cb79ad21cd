import { resolve } from 'node:path';
import { configSchema, type ConfigValues } from './config.schema.js';

/** Thrown when the environment does not describe a runnable platform; lists every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * The platform's configuration, validated once at start. Injected by its class;
 * nothing else reads `process.env`.
 */
export class AppConfig {
  readonly env: ConfigValues['NODE_ENV'];
  readonly http: { host: string; port: number; appUrl: string; bodyLimit: number; trustProxy: boolean };
  readonly database: { url: string; poolSize: number };
  readonly redis: { url: string; queuePrefix: string };
  readonly auth: {
    jwtSecret: string;
    accessTtlSeconds: number;
    refreshTtlDays: number;
    emailTokenTtlMinutes: number;
    loginWindowSeconds: number;
    maxFailuresPerAccount: number;
    maxAttemptsPerIp: number;
  };
  /** Keys protecting the NIK: encryption (AES-256-GCM) and the keyed hash that keeps it unique (HMAC-SHA-256). */
  readonly nik: { encryptionKey: Buffer; hashKey: Buffer };
  readonly mail: { smtpUrl?: string; from: string; outboxDir: string };
  readonly firstAdmin?: { email: string; password: string };
  readonly dataDir: string;
  readonly logLevel: ConfigValues['LOG_LEVEL'];
  readonly worker: { concurrency: number; reconcileEverySeconds: number };
  /** Whether this worker owns the matching index (and runs the matching queue), and the rebuild's chunk size. */
  readonly matching: { engine: boolean; rebuildChunk: number };
  readonly shutdownTimeoutSeconds: number;

  constructor(values: ConfigValues) {
    this.env = values.NODE_ENV;
    this.http = {
      host: values.HOST,
      port: values.PORT,
      appUrl: values.APP_URL.replace(/\/+$/, ''),
      bodyLimit: values.BODY_LIMIT_BYTES,
      trustProxy: values.TRUST_PROXY,
    };
    this.database = { url: values.DATABASE_URL, poolSize: values.DATABASE_POOL_SIZE };
    this.redis = { url: values.REDIS_URL, queuePrefix: values.QUEUE_PREFIX };
    this.auth = {
      jwtSecret: values.JWT_SECRET,
      accessTtlSeconds: values.JWT_ACCESS_TTL_SECONDS,
      refreshTtlDays: values.REFRESH_TOKEN_TTL_DAYS,
      emailTokenTtlMinutes: values.EMAIL_TOKEN_TTL_MINUTES,
      loginWindowSeconds: values.LOGIN_WINDOW_SECONDS,
      maxFailuresPerAccount: values.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      maxAttemptsPerIp: values.LOGIN_MAX_ATTEMPTS_PER_IP,
    };
    this.nik = { encryptionKey: values.NIK_ENCRYPTION_KEY, hashKey: values.NIK_HASH_KEY };
    this.dataDir = resolve(values.DATA_DIR);
    this.mail = { smtpUrl: values.SMTP_URL, from: values.MAIL_FROM, outboxDir: resolve(this.dataDir, 'mail') };
    this.firstAdmin =
      values.ADMIN_EMAIL && values.ADMIN_PASSWORD ? { email: values.ADMIN_EMAIL.toLowerCase(), password: values.ADMIN_PASSWORD } : undefined;
    this.logLevel = values.LOG_LEVEL;
    this.worker = { concurrency: values.WORKER_CONCURRENCY, reconcileEverySeconds: values.RECONCILE_EVERY_SECONDS };
    this.shutdownTimeoutSeconds = values.SHUTDOWN_TIMEOUT_SECONDS;
    this.matching = { engine: values.MATCHING_ENGINE, rebuildChunk: values.MATCH_REBUILD_CHUNK };
  }

  /** Validates `env` and returns the configuration, or throws a ConfigError naming each bad variable. */
  static from(env: Record<string, string | undefined>): AppConfig {
    const parsed = configSchema.safeParse(env);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'} ${issue.message}`);
      throw new ConfigError(problems);
    }
    return new AppConfig(parsed.data);
  }
}

/** Reads the process environment once; on a bad value prints what to change and exits. */
export function loadConfigOrExit(env: Record<string, string | undefined> = process.env): AppConfig {
  try {
    return AppConfig.from(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every variable and its meaning.\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}
