import { dataDirectory, loadEnvironment, localServices } from './lib/environment.js';
import { runTask } from './tasks.js';

const USAGE = `Usage:
  npm run migrate            apply pending migrations and load changed reference data
  npm run migrate:revert     revert the last migration
  npm run generate -- --seekers 1000000 --vacancies 200000 --employers 20000
                             write synthetic data at scale (for benchmarks)`;

/** `npm run migrate | migrate:revert | generate`, against DATABASE_URL or the local embedded PostgreSQL. */
export async function runDatabaseCommand(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (!['migrate', 'revert', 'generate'].includes(command)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const env = loadEnvironment();
  const dataDir = dataDirectory(env);
  const services = await localServices(env, dataDir, { needRedis: false, log: console.log });
  try {
    if (command === 'generate') {
      const { runGenerate } = await import('./generate-command.js');
      await runTask('migrate', services.databaseUrl);
      return await runGenerate(services.databaseUrl, rest);
    }
    await runTask(command as 'migrate' | 'revert', services.databaseUrl);
    return 0;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 1;
  } finally {
    await services.stop();
  }
}
