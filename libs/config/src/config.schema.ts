import { z } from 'zod';

const url = (protocols: string[], example: string) =>
  z
    .string({ error: `is required: ${example}` })
    .refine(
      (value) => {
        try {
          return protocols.includes(new URL(value).protocol);
        } catch {
          return false;
        }
      },
      { message: `must be a URL such as ${example}` },
    );

const integer = (min: number, max: number, fallback: number) =>
  z.coerce
    .number({ error: `must be a whole number from ${min} to ${max}` })
    .int({ message: `must be a whole number from ${min} to ${max}` })
    .min(min, { message: `must be a whole number from ${min} to ${max}` })
    .max(max, { message: `must be a whole number from ${min} to ${max}` })
    .default(fallback);

/** A 32-byte key given as base64, such as the output of `openssl rand -base64 32`. */
const key32 = (purpose: string) =>
  z
    .string({ error: `is required: ${purpose}, 32 random bytes in base64 (for example \`openssl rand -base64 32\`)` })
    .refine((value) => /^[A-Za-z0-9+/]{43}=$/.test(value.trim()) && Buffer.from(value.trim(), 'base64').length === 32, {
      message: `must be 32 random bytes in base64, 44 characters ending in "=" (for example \`openssl rand -base64 32\`); it is ${purpose}`,
    })
    .transform((value) => Buffer.from(value.trim(), 'base64'));

const optionalString = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

/** Every environment variable the platform reads, with its rule; `.env.example` documents each. */
export const configSchema = z
  .object({
    NODE_ENV: z
      .enum(['development', 'test', 'production'], { message: 'must be development, test or production' })
      .default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: integer(1, 65535, 3000),
    APP_URL: url(['http:', 'https:'], 'http://localhost:3000').default('http://localhost:3000'),
    DATABASE_URL: url(['postgres:', 'postgresql:'], 'postgres://kerjaku:secret@127.0.0.1:5432/kerjaku'),
    DATABASE_POOL_SIZE: integer(1, 200, 10),
    REDIS_URL: url(['redis:', 'rediss:'], 'redis://127.0.0.1:6379'),
    QUEUE_PREFIX: z
      .string()
      .regex(/^[a-z0-9][a-z0-9:_-]{0,40}$/, { message: 'must be lower-case letters, digits, ":", "_" or "-" (at most 41)' })
      .default('kerjaku'),
    JWT_SECRET: z
      .string({ error: 'is required: a random string of at least 32 characters (for example `openssl rand -hex 32`)' })
      .min(32, { message: 'must be at least 32 characters (for example `openssl rand -hex 32`)' }),
    NIK_ENCRYPTION_KEY: key32('the AES-256-GCM key that encrypts NIKs'),
    NIK_HASH_KEY: key32('the HMAC-SHA-256 key that makes NIKs unique without storing them in clear'),
    JWT_ACCESS_TTL_SECONDS: integer(60, 86_400, 900),
    REFRESH_TOKEN_TTL_DAYS: integer(1, 365, 30),
    EMAIL_TOKEN_TTL_MINUTES: integer(5, 10_080, 60),
    LOGIN_WINDOW_SECONDS: integer(10, 86_400, 900),
    LOGIN_MAX_FAILURES_PER_ACCOUNT: integer(1, 1000, 5),
    LOGIN_MAX_ATTEMPTS_PER_IP: integer(1, 100_000, 50),
    BODY_LIMIT_BYTES: integer(1024, 50 * 1024 * 1024, 1024 * 1024),
    TRUST_PROXY: z
      .enum(['true', 'false'], { message: 'must be true or false' })
      .default('false')
      .transform((value) => value === 'true'),
    DATA_DIR: z.string().min(1).default('./data'),
    SMTP_URL: optionalString.pipe(
      z
        .string()
        .refine((value) => /^smtps?:\/\//.test(value), { message: 'must be an SMTP URL such as smtp://user:pass@mail.example.org:587' })
        .optional(),
    ),
    MAIL_FROM: z.string().min(3).default('Kerjaku <no-reply@kerjaku.local>'),
    ADMIN_EMAIL: optionalString.pipe(z.email({ message: 'must be an e-mail address' }).optional()),
    ADMIN_PASSWORD: optionalString,
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        message: 'must be one of fatal, error, warn, info, debug, trace, silent',
      })
      .default('info'),
    WORKER_CONCURRENCY: integer(1, 256, 8),
    RECONCILE_EVERY_SECONDS: integer(5, 86_400, 60),
    SHUTDOWN_TIMEOUT_SECONDS: integer(1, 600, 25),
    MATCHING_ENGINE: z
      .enum(['true', 'false'], { message: 'must be true or false' })
      .default('true')
      .transform((value) => value === 'true'),
    MATCH_REBUILD_CHUNK: integer(10, 100_000, 200),
  })
  .superRefine((env, ctx) => {
    if (env.ADMIN_EMAIL && !env.ADMIN_PASSWORD) {
      ctx.addIssue({ code: 'custom', path: ['ADMIN_PASSWORD'], message: 'is required when ADMIN_EMAIL is set' });
    }
    if (env.ADMIN_PASSWORD && env.ADMIN_PASSWORD.length < 12) {
      ctx.addIssue({ code: 'custom', path: ['ADMIN_PASSWORD'], message: 'must be at least 12 characters' });
    }
  });

export type ConfigInput = z.input<typeof configSchema>;
export type ConfigValues = z.output<typeof configSchema>;
