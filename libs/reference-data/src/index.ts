import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

export interface RegionRecord {
  code: string;
  name: string;
  type: 'kabupaten' | 'kota';
  lat: number;
  lon: number;
}
export interface EducationLevelRecord {
  code: string;
  rank: number;
  nameId: string;
  nameEn: string;
}
export interface FieldOfStudyRecord {
  code: string;
  nameId: string;
  nameEn: string;
  levels: string[];
}
export interface SkillGroupRecord {
  code: string;
  nameId: string;
  nameEn: string;
}
export interface SkillRecord {
  code: string;
  group: string;
  nameId: string;
  nameEn: string;
}
export interface SkillRelationRecord {
  from: string;
  to: string;
  weight: number;
}
export type RiasecLetter = 'R' | 'I' | 'A' | 'S' | 'E' | 'C';
export interface OccupationRecord {
  code: string;
  titleId: string;
  titleEn: string;
  riasec: string;
  interests: Record<RiasecLetter, number>;
  jobZone: number;
  educationMin: string;
  skills: string[];
}

interface Versioned {
  version: string;
  source: string;
}
export interface RegionsFile extends Versioned {
  province: { code: string; name: string };
  regions: RegionRecord[];
}
export interface EducationLevelsFile extends Versioned {
  levels: EducationLevelRecord[];
}
export interface FieldsOfStudyFile extends Versioned {
  fields: FieldOfStudyRecord[];
}
export interface SkillsFile extends Versioned {
  groups: SkillGroupRecord[];
  skills: SkillRecord[];
  related: SkillRelationRecord[];
}
export interface OccupationsFile extends Versioned {
  occupations: OccupationRecord[];
}

export interface Dataset<T> {
  name: string;
  /** sha-256 of the file's bytes: a new file is loaded even when someone forgot to bump the version. */
  checksum: string;
  content: T;
}

// From the sources (libs/reference-data/src) and from the build (dist/libs/reference-data/src) alike.
const DATA_DIR = [new URL('../data/', import.meta.url), new URL('../../../../libs/reference-data/data/', import.meta.url)].find((url) =>
  existsSync(url),
);

function read<T>(name: string): Dataset<T> {
  if (!DATA_DIR) throw new Error('Reference data folder libs/reference-data/data not found');
  const bytes = readFileSync(new URL(`${name}.json`, DATA_DIR));
  return { name, checksum: createHash('sha256').update(bytes).digest('hex'), content: JSON.parse(bytes.toString('utf8')) as T };
}

/** The platform's reference data as shipped in libs/reference-data/data, read from disk. */
export function readReferenceData() {
  return {
    regions: read<RegionsFile>('regions'),
    educationLevels: read<EducationLevelsFile>('education-levels'),
    fieldsOfStudy: read<FieldsOfStudyFile>('fields-of-study'),
    skills: read<SkillsFile>('skills'),
    occupations: read<OccupationsFile>('occupations'),
  };
}
export type ReferenceData = ReturnType<typeof readReferenceData>;

export const RIASEC_ORDER: readonly RiasecLetter[] = ['R', 'I', 'A', 'S', 'E', 'C'];
