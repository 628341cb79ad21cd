import { prepare } from './bootstrap.mjs';

prepare();
const { runBenchmarks } = await import('../dist/bench/run.js');
process.exitCode = await runBenchmarks(process.argv.slice(2));
