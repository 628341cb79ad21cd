// Plain Node, no dependencies: makes a fresh clone runnable (installs packages, builds), then the
// TypeScript runners in dist/ take over.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportFirstPageSize } from './web-size.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function run(command, args, what) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`\n${what} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

export function prepare() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    console.error(`Kerjaku needs Node.js 20.19 or newer; this is ${process.versions.node}.`);
    process.exit(1);
  }
  const lock = readFileSync(join(root, 'package-lock.json'));
  const wanted = createHash('sha256').update(lock).digest('hex');
  const stamp = join(root, 'node_modules', '.kerjaku-installed');
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== wanted) {
    // `npm install --no-save` installs exactly the locked versions. Not `npm ci`: npm 11 leaves out
    // of the lock the other platforms' optional binaries that a registry mirror does not carry, and
    // `npm ci` then refuses the lock as out of sync (npm/cli#8320).
    console.log('Installing npm packages (npm install from package-lock.json)...');
    run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error'], 'npm install');
    writeFileSync(stamp, wanted);
  }
  console.log('Building (tsc)...');
  run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], 'The TypeScript build');
  buildWebApp();
}

/** A digest of the web app's sources and the installed packages, to skip a build that would change nothing. */
function webSourceDigest(webDir) {
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name === 'dist' || entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(path.slice(webDir.length)).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  walk(webDir);
  hash.update(readFileSync(join(root, 'package-lock.json')));
  return hash.digest('hex');
}

/** Builds apps/web into apps/web/dist (served by the API) unless its sources are unchanged; checks the size budget. */
export function buildWebApp() {
  const webDir = join(root, 'apps', 'web');
  const dist = join(webDir, 'dist');
  const stamp = join(dist, '.source-digest');
  const digest = webSourceDigest(webDir);
  if (existsSync(join(dist, 'index.html')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) {
    console.log('Web app unchanged since the last build.');
  } else {
    console.log('Building the web app (vite)...');
    run(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(webDir, 'vite.config.ts'), '--logLevel', 'warn'], 'The web app build');
    writeFileSync(stamp, digest);
  }
  if (!reportFirstPageSize(dist)) process.exit(1);
}
