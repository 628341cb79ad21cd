import { readFileSync } from 'node:fs';
import type {
  EducationLevelsFile,
  FieldsOfStudyFile,
  OccupationsFile,
  RegionsFile,
  RiasecLetter,
  SkillsFile,
} from './index.js';

// Checks the shipped JSON in libs/reference-data/data against the rules in SOURCES.md.
// Each check collects the offending entries, so a failure names them.

const load = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../data/${name}.json`, import.meta.url), 'utf8')) as T;

const regions = load<RegionsFile>('regions');
const education = load<EducationLevelsFile>('education-levels');
const fields = load<FieldsOfStudyFile>('fields-of-study');
const skills = load<SkillsFile>('skills');
const occupations = load<OccupationsFile>('occupations');

const RIASEC: RiasecLetter[] = ['R', 'I', 'A', 'S', 'E', 'C'];
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const duplicates = (values: string[]): string[] => values.filter((v, i) => values.indexOf(v) !== i);

/** The first `length` letters of the profile, highest rating first, ties in R, I, A, S, E, C order. */
function hollandCode(interests: Record<RiasecLetter, number>, length: number): string {
  return [...RIASEC]
    .sort((a, b) => interests[b] - interests[a] || RIASEC.indexOf(a) - RIASEC.indexOf(b))
    .slice(0, length)
    .join('');
}

describe('reference data files', () => {
  it.each([
    ['regions', regions],
    ['education-levels', education],
    ['fields-of-study', fields],
    ['skills', skills],
    ['occupations', occupations],
  ])('%s has a version and a source', (_name, file) => {
    expect(typeof file.version).toBe('string');
    expect(file.version.length).toBeGreaterThan(0);
    expect(typeof file.source).toBe('string');
    expect(file.source.length).toBeGreaterThan(0);
  });
});

describe('regions.json', () => {
  const list = regions.regions;
  // Central Java's extent, with a small margin.
  const box = { lat: [-8.3, -5.7], lon: [108.5, 111.8] };

  it('is Jawa Tengah, province 33', () => {
    expect(regions.province).toEqual({ code: '33', name: 'Jawa Tengah' });
  });

  it('has the 35 regencies and cities: 29 kabupaten and 6 kota', () => {
    expect(list).toHaveLength(35);
    expect(list.filter((r) => r.type === 'kabupaten')).toHaveLength(29);
    expect(list.filter((r) => r.type === 'kota')).toHaveLength(6);
  });

  it('has unique Kemendagri codes 3301–3329 and 3371–3376', () => {
    expect(duplicates(list.map((r) => r.code))).toEqual([]);
    expect(list.filter((r) => !/^33(0[1-9]|1\d|2\d|7[1-6])$/.test(r.code)).map((r) => r.code)).toEqual([]);
  });

  it('gives kota the 337x codes and names each region by its type', () => {
    const wrong = list.filter((r) => {
      const isKota = r.code.startsWith('337');
      const prefix = isKota ? 'Kota ' : 'Kabupaten ';
      return (r.type === 'kota') !== isKota || !r.name.startsWith(prefix);
    });
    expect(wrong.map((r) => r.code)).toEqual([]);
  });

  it('places every region inside Central Java', () => {
    const outside = list.filter(
      (r) => !(r.lat >= box.lat[0] && r.lat <= box.lat[1] && r.lon >= box.lon[0] && r.lon <= box.lon[1]),
    );
    expect(outside.map((r) => r.code)).toEqual([]);
  });
});

describe('education-levels.json', () => {
  const levels = education.levels;
  const rank = (code: string) => levels.find((l) => l.code === code)?.rank;

  it('lists SD to S3 in order', () => {
    expect(levels.map((l) => l.code)).toEqual(['SD', 'SMP', 'SMA', 'SMK', 'D1', 'D2', 'D3', 'D4', 'S1', 'S2', 'S3']);
  });

  it('never lowers the rank along the list', () => {
    const drops = levels.filter((l, i) => i > 0 && l.rank < levels[i - 1].rank);
    expect(drops.map((l) => l.code)).toEqual([]);
  });

  it.each([
    ['SMA', 'SMK'],
    ['D4', 'S1'],
  ])('ranks %s and %s the same', (a, b) => {
    expect(rank(a)).toBe(rank(b));
  });

  it('names every level in both languages', () => {
    expect(levels.filter((l) => !l.nameId || !l.nameEn).map((l) => l.code)).toEqual([]);
  });
});

describe('fields-of-study.json', () => {
  const list = fields.fields;
  const levelCodes = new Set(education.levels.map((l) => l.code));

  it('has at least 30 fields with unique kebab-case codes, including "umum"', () => {
    expect(list.length).toBeGreaterThanOrEqual(30);
    expect(duplicates(list.map((f) => f.code))).toEqual([]);
    expect(list.filter((f) => !KEBAB.test(f.code)).map((f) => f.code)).toEqual([]);
    expect(list.map((f) => f.code)).toContain('umum');
  });

  it('gives every field at least one existing education level', () => {
    const wrong = list.filter((f) => f.levels.length === 0 || f.levels.some((l) => !levelCodes.has(l)));
    expect(wrong.map((f) => f.code)).toEqual([]);
  });
});

describe('skills.json', () => {
  const groupCodes = new Set(skills.groups.map((g) => g.code));
  const skillCodes = new Set(skills.skills.map((s) => s.code));

  it('has 15–30 groups with unique codes, each holding skills', () => {
    expect(skills.groups.length).toBeGreaterThanOrEqual(15);
    expect(skills.groups.length).toBeLessThanOrEqual(30);
    expect(duplicates(skills.groups.map((g) => g.code))).toEqual([]);
    const empty = skills.groups.filter((g) => !skills.skills.some((s) => s.group === g.code));
    expect(empty.map((g) => g.code)).toEqual([]);
  });

  it('has at least 400 skills with unique kebab-case codes', () => {
    expect(skills.skills.length).toBeGreaterThanOrEqual(400);
    expect(duplicates(skills.skills.map((s) => s.code))).toEqual([]);
    expect(skills.skills.filter((s) => !KEBAB.test(s.code)).map((s) => s.code)).toEqual([]);
  });

  it('puts every skill in an existing group and names it in both languages', () => {
    expect(skills.skills.filter((s) => !groupCodes.has(s.group)).map((s) => s.code)).toEqual([]);
    expect(skills.skills.filter((s) => !s.nameId || !s.nameEn).map((s) => s.code)).toEqual([]);
  });

  describe('related links', () => {
    const links = skills.related;
    const label = (l: { from: string; to: string }) => `${l.from} -> ${l.to}`;

    it('has at least 600 links', () => {
      expect(links.length).toBeGreaterThanOrEqual(600);
    });

    it.each([
      ['an unknown endpoint', (l: (typeof links)[number]) => !skillCodes.has(l.from) || !skillCodes.has(l.to)],
      ['the same skill at both ends', (l: (typeof links)[number]) => l.from === l.to],
      ['a weight outside (0, 1)', (l: (typeof links)[number]) => !(l.weight > 0 && l.weight < 1)],
    ])('has no link with %s', (_rule, broken) => {
      expect(links.filter(broken).map(label)).toEqual([]);
    });

    it('has no duplicate (from, to) pair', () => {
      expect(duplicates(links.map(label))).toEqual([]);
    });
  });
});

describe('occupations.json', () => {
  const list = occupations.occupations;
  const levelCodes = new Set(education.levels.map((l) => l.code));
  const skillCodes = new Set(skills.skills.map((s) => s.code));
  type Occupation = (typeof list)[number];

  it('has at least 150 occupations with unique 4-digit ISCO-08 codes', () => {
    expect(list.length).toBeGreaterThanOrEqual(150);
    expect(duplicates(list.map((o) => o.code))).toEqual([]);
    expect(list.filter((o) => !/^\d{4}$/.test(o.code)).map((o) => o.code)).toEqual([]);
  });

  it.each<[string, (o: Occupation) => boolean]>([
    ['a missing title', (o) => !o.titleId || !o.titleEn],
    ['a rating outside 1–7', (o) => RIASEC.some((k) => !(o.interests[k] >= 1 && o.interests[k] <= 7))],
    ['a rating with more than two decimals', (o) => RIASEC.some((k) => Math.abs(Math.round(o.interests[k] * 100) - o.interests[k] * 100) > 1e-6)],
    ['a RIASEC code that is not 1–3 distinct letters', (o) => !/^[RIASEC]{1,3}$/.test(o.riasec) || new Set(o.riasec).size !== o.riasec.length],
    ['a RIASEC code that does not follow its ratings', (o) => o.riasec !== hollandCode(o.interests, o.riasec.length)],
    ['a job zone outside 1–5', (o) => !Number.isInteger(o.jobZone) || o.jobZone < 1 || o.jobZone > 5],
    ['an unknown minimum education', (o) => !levelCodes.has(o.educationMin)],
    ['fewer than 4 or more than 10 skills', (o) => o.skills.length < 4 || o.skills.length > 10],
    ['an unknown skill', (o) => o.skills.some((s) => !skillCodes.has(s))],
    ['a skill listed twice', (o) => new Set(o.skills).size !== o.skills.length],
  ])('has no occupation with %s', (_rule, broken) => {
    expect(list.filter(broken).map((o) => o.code)).toEqual([]);
  });

  it('breaks rating ties in R, I, A, S, E, C order', () => {
    expect(hollandCode({ R: 5, I: 5, A: 1, S: 6, E: 2, C: 5 }, 3)).toBe('SRI');
  });
});
