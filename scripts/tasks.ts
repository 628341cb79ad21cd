import 'reflect-metadata';
import { AppConfig } from '#config';
import { createDataSource, loadReferenceData } from '#persistence';

/** Schema and reference-data commands: `migrate`, `revert`, `reference`. Used by `npm run migrate` and the start-up. */
export async function runTask(task: 'migrate' | 'revert' | 'reference', databaseUrl: string, log: (line: string) => void = console.log): Promise<void> {
  const dataSource = createDataSource(databaseUrl, 2, 'kerjaku-tasks');
  await dataSource.initialize();
  try {
    if (task === 'migrate') {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      log(applied.length ? `Applied migrations: ${applied.map((m) => m.name).join(', ')}` : 'Schema is up to date.');
      const report = await loadReferenceData(dataSource);
      if (report.loaded.length) log(`Loaded reference data: ${report.loaded.join(', ')}`);
    } else if (task === 'revert') {
      const executed = await dataSource.query(`SELECT name FROM schema_migrations ORDER BY id DESC LIMIT 1`).catch(() => []);
      if (executed.length === 0) {
        log('No migration to revert.');
      } else {
        await dataSource.undoLastMigration({ transaction: 'each' });
        log(`Reverted ${executed[0].name}`);
      }
    } else {
      const report = await loadReferenceData(dataSource);
      log(`Reference data loaded: ${report.loaded.join(', ') || 'none'}; unchanged: ${report.unchanged.join(', ') || 'none'}`);
    }
  } finally {
    await dataSource.destroy();
  }
}

export function configFrom(env: Record<string, string | undefined>): AppConfig {
  return AppConfig.from(env);
}
