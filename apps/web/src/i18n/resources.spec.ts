import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACCOMMODATIONS, APPLICATION_STATUSES, EMPLOYER_SECTORS, EMPLOYER_SIZES, EMPLOYMENT_TYPES, INTERVIEW_MODES, REJECTION_REASONS, VACANCY_STATUSES } from '#domain';

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

  it('names every status, employment type, accommodation, sector and size the API can send', () => {
    // The lists come from the domain library, so a value added there without a translation fails here.
    const groups: Record<string, readonly string[]> = {
      'status.application': APPLICATION_STATUSES,
      'status.vacancy': VACANCY_STATUSES,
      'status.ak1': ['active', 'needs_reconfirmation', 'lapsed', 'expired'],
      'status.company': ['pending', 'verified', 'rejected'],
      employmentType: EMPLOYMENT_TYPES,
      accommodation: ACCOMMODATIONS,
      rejectionReason: REJECTION_REASONS,
      interviewMode: INTERVIEW_MODES,
      'company.sectors': EMPLOYER_SECTORS,
      'company.sizes': EMPLOYER_SIZES,
    };
    const missing = Object.entries(groups).flatMap(([group, values]) => values.map((value) => `${group}.${value}`).filter((key) => !id.has(key)));
    expect(missing).toEqual([]);
  });
});
