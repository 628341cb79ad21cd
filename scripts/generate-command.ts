import { parseArgs } from 'node:util';
import argon2 from 'argon2';
import pg from 'pg';
import { generateAtScale } from './demo/generate.js';
import { DEMO_PASSWORD } from './platform.js';

/** `npm run generate -- --seekers N --vacancies N --employers N [--seed N]`: synthetic data at scale. */
export async function runGenerate(databaseUrl: string, args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      seekers: { type: 'string', default: '100000' },
      vacancies: { type: 'string', default: '20000' },
      employers: { type: 'string', default: '2000' },
      seed: { type: 'string', default: '42' },
    },
  });
  const numbers = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, Number(value)]));
  for (const [key, value] of Object.entries(numbers)) {
    if (!Number.isInteger(value) || value < 0) {
      process.stderr.write(`--${key} must be a whole number of 0 or more\n`);
      return 2;
    }
  }
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  try {
    const passwordHash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    const result = await generateAtScale(pool, {
      seekers: numbers.seekers,
      vacancies: numbers.vacancies,
      employers: numbers.employers,
      seed: numbers.seed,
      passwordHash,
      onProgress: (message: string) => process.stdout.write(`${message}\n`),
    });
    process.stdout.write(`Generated in ${result.seconds.toFixed(1)} s: ${JSON.stringify(result.counts)}\n`);
    return 0;
  } finally {
    await pool.end();
  }
}
