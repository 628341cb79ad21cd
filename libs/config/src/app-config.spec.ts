import { AppConfig, ConfigError } from './app-config.js';

const valid = {
  DATABASE_URL: 'postgres://kerjaku:secret@127.0.0.1:5432/kerjaku',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_SECRET: 'x'.repeat(32),
  NIK_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
  NIK_HASH_KEY: Buffer.alloc(32, 2).toString('base64'),
};

function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    AppConfig.from(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('AppConfig', () => {
  it('reads a valid environment with defaults', () => {
    const config = AppConfig.from(valid);
    expect(config.http.port).toBe(3000);
    expect(config.auth.accessTtlSeconds).toBe(900);
    expect(config.redis.queuePrefix).toBe('kerjaku');
    expect(config.firstAdmin).toBeUndefined();
    expect(config.mail.smtpUrl).toBeUndefined();
    expect(config.matching).toEqual({ engine: true, rebuildChunk: 200 });
  });

  it('lets a worker leave matching to another (MATCHING_ENGINE=false) and names a bad value', () => {
    expect(AppConfig.from({ ...valid, MATCHING_ENGINE: 'false', MATCH_REBUILD_CHUNK: '2000' }).matching).toEqual({ engine: false, rebuildChunk: 2_000 });
    expect(problemsOf({ ...valid, MATCHING_ENGINE: 'no' })).toEqual(['MATCHING_ENGINE must be true or false']);
    expect(problemsOf({ ...valid, MATCH_REBUILD_CHUNK: '5' })[0]).toMatch(/^MATCH_REBUILD_CHUNK must be a whole number from 10 to 100000/);
  });

  it.each([
    [{ DATABASE_URL: undefined }, /^DATABASE_URL is required/],
    [{ DATABASE_URL: 'mysql://x' }, /^DATABASE_URL must be a URL such as postgres:\/\//],
    [{ REDIS_URL: 'localhost:6379' }, /^REDIS_URL must be a URL such as redis:\/\//],
    [{ JWT_SECRET: 'short' }, /^JWT_SECRET must be at least 32 characters/],
    [{ NIK_ENCRYPTION_KEY: undefined }, /^NIK_ENCRYPTION_KEY is required: .*32 random bytes in base64/],
    [{ NIK_ENCRYPTION_KEY: 'x'.repeat(32) }, /^NIK_ENCRYPTION_KEY must be 32 random bytes in base64/],
    [{ NIK_HASH_KEY: Buffer.alloc(16).toString('base64') }, /^NIK_HASH_KEY must be 32 random bytes in base64/],
    [{ PORT: 'eighty' }, /^PORT must be a whole number from 1 to 65535/],
    [{ PORT: '70000' }, /^PORT must be a whole number from 1 to 65535/],
    [{ NODE_ENV: 'staging' }, /^NODE_ENV must be development, test or production/],
    [{ SMTP_URL: 'mail.example.org' }, /^SMTP_URL must be an SMTP URL/],
    [{ ADMIN_EMAIL: 'admin@example.org' }, /^ADMIN_PASSWORD is required when ADMIN_EMAIL is set/],
    [{ ADMIN_EMAIL: 'admin@example.org', ADMIN_PASSWORD: 'short' }, /^ADMIN_PASSWORD must be at least 12 characters/],
  ])('names the variable and what it should be: %o', (override, expected) => {
    const problems = problemsOf({ ...valid, ...override });
    expect(problems).toEqual([expect.stringMatching(expected)]);
  });

  it('lists every problem at once', () => {
    expect(problemsOf({})).toHaveLength(5);
  });

  it('decodes the NIK keys', () => {
    const config = AppConfig.from(valid);
    expect(config.nik.encryptionKey).toEqual(Buffer.alloc(32, 1));
    expect(config.nik.hashKey).toEqual(Buffer.alloc(32, 2));
  });

  it('treats an empty optional value as unset', () => {
    expect(AppConfig.from({ ...valid, SMTP_URL: '', ADMIN_EMAIL: ' ' }).mail.smtpUrl).toBeUndefined();
  });
});
