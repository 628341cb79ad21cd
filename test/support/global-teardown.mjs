import { rmSync } from 'node:fs';

export default async function globalTeardown() {
  const services = globalThis.__kerjakuServices;
  await services?.redis.stop();
  await services?.postgres.stop();
  if (process.env.KERJAKU_TEST_ROOT) rmSync(process.env.KERJAKU_TEST_ROOT, { recursive: true, force: true });
}
