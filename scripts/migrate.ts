import 'reflect-metadata';
import { runTask } from './tasks.js';

// The container entry for migrations: `node dist/scripts/migrate.js [revert]`, with DATABASE_URL set.
const url = process.env.DATABASE_URL;
if (!url) {
  process.stderr.write('DATABASE_URL is required: a PostgreSQL URL such as postgres://kerjaku:secret@postgres:5432/kerjaku\n');
  process.exit(78);
}
await runTask(process.argv[2] === 'revert' ? 'revert' : 'migrate', url);
