import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Runs in the unit project (Node): reads the resources and the sources as files.
const here = dirname(fileURLToPath(import.meta.url));
const source = join(here, '..');
const load = (language: string) => JSON.parse(readFileSync(join(here, `${language}.json`), 'utf8')) as Record<string, unknown>;

/** Every key path, with plural suffixes folded into their base key. */
function keys(tree: Record<string, unknown>, prefix = ''): Set<string> {
  const found = new Set<string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') for (const nested of keys(value as Record<string, unknown>, path)) found.add(nested);
    else found.add(path.replace(/_(zero|one|two|few|many|other)$/, ''));
  }
  return found;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('web app translations', () => {
  const id = keys(load('id'));
  const en = keys(load('en'));

  it('has the same keys in Bahasa Indonesia and English', () => {
    expect([...id].filter((key) => !en.has(key))).toEqual([]);
    expect([...en].filter((key) => !id.has(key))).toEqual([]);
  });

  it('has every key the pages use literally', () => {
    const used = new Set<string>();
    for (const file of sources(source)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((key) => !id.has(key))).toEqual([]);
  });

  it('names every status, employment type and accommodation the API can send', () => {
    const groups: Record<string, string[]> = {
      'status.application': ['submitted', 'screening', 'interview', 'offered', 'hired', 'rejected', 'withdrawn', 'not_answered'],
      'status.vacancy': ['draft', 'published', 'closed', 'filled'],
      'status.ak1': ['active', 'needs_reconfirmation', 'lapsed', 'expired'],
      employmentType: ['full_time', 'part_time', 'contract', 'internship', 'daily'],
      accommodation: ['wheelchair_access', 'accessible_toilet', 'screen_reader', 'sign_language', 'flexible_hours', 'remote_work', 'adapted_workstation', 'assistance_animal', 'written_instructions', 'quiet_space'],
      rejectionReason: ['qualifications', 'experience', 'position_filled', 'no_show', 'withdrew_interest', 'other'],
    };
    const missing = Object.entries(groups).flatMap(([group, values]) => values.map((value) => `${group}.${value}`).filter((key) => !id.has(key)));
    expect(missing).toEqual([]);
  });
});
