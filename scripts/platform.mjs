import { prepare } from './bootstrap.mjs';

prepare();
const { runPlatform } = await import('../dist/scripts/platform.js');
await runPlatform();
