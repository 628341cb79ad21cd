import { prepare } from './bootstrap.mjs';

prepare();
const { runDatabaseCommand } = await import('../dist/scripts/db-command.js');
process.exitCode = await runDatabaseCommand(process.argv.slice(2));
