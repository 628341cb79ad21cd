/**
 * Measures the demo load and the at-scale generator on a throwaway embedded PostgreSQL:
 *
 *   npx tsc -p tsconfig.build.json && node dist/scripts/demo/measure.js [seekers] [vacancies] [employers] [--durable]
 *
 * Prints the seconds and rows per second of each step (the numbers in scripts/demo/README.md).
 * Without --durable the cluster runs like the test clusters (fsync and full-page writes off); with
 * it, with PostgreSQL's default settings, like the local cluster of `npm start`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import argon2 from 'argon2';
import pg from 'pg';
import { createDataSource, loadReferenceData } from '#persistence';
import { startEmbeddedPostgres } from '../lib/services.js';
import { generateAtScale } from './generate.js';
import { loadDemoData } from './load-demo.js';

const total = (counts: Record<string, number>) => Object.values(counts).reduce((sum, count) => sum + count, 0);

async function main(args: string[]): Promise<void> {
  const durable = args.includes('--durable');
  const [seekers = 100_000, vacancies = 20_000, employers = 2_000] = args.filter((arg) => !arg.startsWith('--')).map(Number);
  const dataDir = mkdtempSync(join(tmpdir(), 'kerjaku-measure-'));
  // A "persistent" cluster gets PostgreSQL's default (durable) settings; this one is deleted at the end all the same.
  const postgres = await startEmbeddedPostgres({ dataDir: join(dataDir, 'pg'), database: 'kerjaku', persistent: durable });
  const pool = new pg.Pool({ connectionString: postgres.url, max: 4 });
  try {
    const dataSource = createDataSource(postgres.url, 2);
    await dataSource.initialize();
    await dataSource.runMigrations();
    await loadReferenceData(dataSource);
    await dataSource.destroy();

    const passwordHash = await argon2.hash('Coba-Kerjaku-2026', { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    let started = Date.now();
    const demo = await loadDemoData(pool, { passwordHash });
    const demoSeconds = (Date.now() - started) / 1000;
    console.log(`demo province: ${demoSeconds.toFixed(2)} s, ${total(demo.counts)} rows ${JSON.stringify(demo.counts)}`);
    started = Date.now();
    const again = await loadDemoData(pool, { passwordHash });
    console.log(`second demo load: loaded=${again.loaded} in ${((Date.now() - started) / 1000).toFixed(2)} s`);

    const result = await generateAtScale(pool, { seekers, vacancies, employers, seed: 42, passwordHash, onProgress: (line) => console.log(`  ${line}`) });
    const rows = total(result.counts);
    console.log(`scale: ${result.seconds.toFixed(1)} s, ${rows} rows, ${Math.round(rows / result.seconds)} rows/s ${JSON.stringify(result.counts)}`);
  } finally {
    await pool.end();
    await postgres.stop();
    rmSync(dataDir, { recursive: true, force: true, maxRetries: 5 });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
