// Plain Node: how much JavaScript the first page downloads, gzipped, read from Vite's manifest.
// The figure is the entry chunk with everything it imports statically, plus the home route's chunk
// and its static imports (the first page a visitor sees is the job search).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Issue 3, "Speed": the first page's JavaScript stays under this, gzipped. */
export const FIRST_PAGE_LIMIT_BYTES = 250 * 1024;
const HOME_ROUTE = 'src/pages/HomePage.tsx';

/** The manifest keys of `start` and of every chunk it imports statically. */
function staticClosure(manifest, start, seen = new Set()) {
  if (seen.has(start) || !manifest[start]) return seen;
  seen.add(start);
  for (const next of manifest[start].imports ?? []) staticClosure(manifest, next, seen);
  return seen;
}

/** Sizes in bytes of the first page's JavaScript: { entry, home, total, files }. */
export function firstPageSize(distDir) {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'));
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entryKey) throw new Error('The Vite manifest has no entry chunk.');
  const gz = (key) => gzipSync(readFileSync(join(distDir, manifest[key].file)), { level: 9 }).length;
  const entryKeys = staticClosure(manifest, entryKey);
  const homeKeys = staticClosure(manifest, HOME_ROUTE, new Set(entryKeys));
  const entry = [...entryKeys].reduce((sum, key) => sum + gz(key), 0);
  const total = [...homeKeys].reduce((sum, key) => sum + gz(key), 0);
  return { entry, home: total - entry, total, files: [...homeKeys].map((key) => manifest[key].file) };
}

/** Prints the figure; returns false when it is over the limit. */
export function reportFirstPageSize(distDir, log = console.log) {
  const size = firstPageSize(distDir);
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  log(
    `First page JavaScript (gzipped): ${kb(size.total)} = entry ${kb(size.entry)} + job search route ${kb(size.home)}` +
      ` (${size.files.length} files; limit ${kb(FIRST_PAGE_LIMIT_BYTES)})`,
  );
  if (size.total > FIRST_PAGE_LIMIT_BYTES) {
    log(`The first page's JavaScript is over the ${kb(FIRST_PAGE_LIMIT_BYTES)} budget of issue 3; split or trim it.`);
    return false;
  }
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? join(import.meta.dirname, '..', 'apps', 'web', 'dist');
  process.exitCode = reportFirstPageSize(dist) ? 0 : 1;
}
