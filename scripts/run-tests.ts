import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repositoryRoot } from './lib/environment.js';
import { ensureChromium, ensureRedisServer } from './lib/services.js';

interface Step {
  name: string;
  run: () => { status: number; skipped?: string };
}

const bin = (name: string) => join(repositoryRoot, 'node_modules', '.bin', name);

function exec(command: string, args: string[], env: Record<string, string | undefined> = process.env): number {
  const result = spawnSync(command, args, { cwd: repositoryRoot, stdio: 'inherit', env });
  return result.status ?? 1;
}

function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/**
 * `npm test`: type checks (server and web app), dependency rules, compose file, then every jest test
 * (unit, end-to-end and browser, against throwaway PostgreSQL and Redis). Extra arguments go to jest.
 */
export async function runAllTests(jestArgs: string[]): Promise<number> {
  ensureRedisServer();
  // The browser tests (test/browser) drive Debian's Chromium.
  ensureChromium();
  const steps: Step[] = [
    { name: 'type check', run: () => ({ status: exec(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']) }) },
    {
      name: 'type check (web app)',
      // The browser code (DOM, JSX) and its Node-side files (vite config, specs) have their own settings.
      run: () => ({ status: exec(bin('tsc'), ['-p', 'apps/web/tsconfig.json']) || exec(bin('tsc'), ['-p', 'apps/web/tsconfig.node.json']) }),
    },
    { name: 'dependency rules', run: () => ({ status: exec(bin('depcruise'), ['--config', '.dependency-cruiser.cjs', 'libs', 'apps']) }) },
    {
      name: 'compose file',
      run: () =>
        hasCommand('docker-compose')
          ? { status: exec('docker-compose', ['-f', 'docker/compose.yaml', '--env-file', 'docker/compose.env.example', 'config', '--quiet']) }
          : { status: 0, skipped: 'docker-compose is not installed (apt-get install docker-compose)' },
    },
    {
      name: 'jest (unit, e2e, browser)',
      run: () => ({
        status: exec(process.execPath, [join(repositoryRoot, 'node_modules', 'jest', 'bin', 'jest.js'), '--ci', ...jestArgs], {
          ...process.env,
          NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --no-warnings`.trim(),
        }),
      }),
    },
  ];
  const results: Array<{ name: string; outcome: string }> = [];
  for (const step of steps) {
    process.stdout.write(`\n=== ${step.name} ===\n`);
    const { status, skipped } = step.run();
    results.push({ name: step.name, outcome: skipped ? `skipped: ${skipped}` : status === 0 ? 'passed' : `FAILED (exit ${status})` });
  }
  process.stdout.write('\n=== summary ===\n');
  for (const result of results) process.stdout.write(`${result.name.padEnd(28)} ${result.outcome}\n`);
  return results.some((result) => result.outcome.startsWith('FAILED')) ? 1 : 0;
}
