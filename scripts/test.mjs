import { prepare } from './bootstrap.mjs';

prepare();
const { runAllTests } = await import('../dist/scripts/run-tests.js');
process.exitCode = await runAllTests(process.argv.slice(2));
