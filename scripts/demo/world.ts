import { haversineKm } from '#domain';
import {
  CROSS_SECTOR_GROUPS,
  DEFAULT_EDUCATION_SHARE,
  DEFAULT_REGENCY_FACTS,
  EDUCATION_SHARES,
  FIELD_POPULARITY,
  FIELD_SKILL_GROUPS,
  MOSTLY_SELF_EMPLOYED,
  REGENCY_FACTS,
  SECTORS,
  TRAINING_GROUPS,
  type RegencyFacts,
  type Sector,
} from './catalogue.js';
import { WeightedTable } from './random.js';
import type { EducationLevelRow, FieldOfStudyRow, OccupationRow, ReferenceRows, RegionRow, SkillRow } from './reference.js';

export interface Region extends RegionRow {
  /** "Kabupaten Cilacap", "Kota Semarang". */
  label: string;
  facts: RegencyFacts;
  /** Other regions' codes, nearest first. */
  neighbours: string[];
}

export interface SectorOccupations {
  core: WeightedTable<Occupation>;
  support: WeightedTable<Occupation>;
}

export interface Occupation extends OccupationRow {
  educationRank: number;
  /** The skill group most of its skills belong to. */
  mainGroup: string;
  /** Share of its skills in each skill group. */
  groupShares: Map<string, number>;
}

/** Vacancy volume by job zone: most openings in Jawa Tengah are for low- and middle-skill work (assumed). */
const VACANCY_DEMAND_BY_ZONE: Readonly<Record<number, number>> = { 1: 2, 2: 3, 3: 1.5, 4: 0.8, 5: 0.3 };
/** How common job seekers' past occupations are by job zone (assumed). */
const SEEKER_DEMAND_BY_ZONE: Readonly<Record<number, number>> = { 1: 1.5, 2: 1.5, 3: 1, 4: 0.8, 5: 0.5 };

/** The job zone a person with an education of this rank usually works at. */
function targetJobZone(rank: number): number {
  const targets = [1.5, 1.5, 2, 2.4, 2.8, 3, 3.2, 3.8, 4.3, 4.8];
  return targets[Math.max(0, Math.min(targets.length - 1, rank))];
}

function regionLabel(region: RegionRow): string {
  if (/^(kabupaten|kab\.|kota)\s/i.test(region.name)) return region.name;
  return `${region.type === 'kota' ? 'Kota' : 'Kabupaten'} ${region.name}`;
}

function factsFor(code: string): RegencyFacts {
  return REGENCY_FACTS[code.replace(/\D/g, '')] ?? DEFAULT_REGENCY_FACTS;
}

function buildRegions(rows: RegionRow[]): Region[] {
  return rows.map((row) => ({
    ...row,
    label: regionLabel(row),
    facts: factsFor(row.code),
    neighbours: rows
      .filter((other) => other.code !== row.code)
      .map((other) => ({ code: other.code, km: haversineKm(row.lat, row.lon, other.lat, other.lon) }))
      .sort((a, b) => a.km - b.km || a.code.localeCompare(b.code))
      .map((other) => other.code),
  }));
}

function mostCommon(counts: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [key, count] of counts) {
    if (count > bestCount || (count === bestCount && key < best)) {
      best = key;
      bestCount = count;
    }
  }
  return best;
}

function buildOccupations(rows: OccupationRow[], skillById: Map<number, SkillRow>, rankOf: (code: string) => number): Occupation[] {
  return rows
    .filter((row) => row.skillIds.some((id) => skillById.has(id)))
    .map((row) => {
      const skillIds = row.skillIds.filter((id) => skillById.has(id));
      const counts = new Map<string, number>();
      for (const id of skillIds) {
        const group = skillById.get(id)!.groupCode;
        counts.set(group, (counts.get(group) ?? 0) + 1);
      }
      const groupShares = new Map([...counts].map(([group, count]) => [group, count / skillIds.length]));
      return { ...row, skillIds, educationRank: rankOf(row.educationMin), mainGroup: mostCommon(counts), groupShares };
    });
}

function shareIn(occupation: Occupation, groups: readonly string[]): number {
  let share = 0;
  for (const group of groups) share += occupation.groupShares.get(group) ?? 0;
  return share;
}

/**
 * Everything the generator looks up, derived once from the reference rows: weighted tables of
 * regions, education levels, fields of study and occupations, and indexes of skills.
 */
export class World {
  readonly regions: Region[];
  readonly regionByCode: Map<string, Region>;
  readonly regionsByPopulation: WeightedTable<Region>;
  readonly regionsByIndustry: WeightedTable<Region>;
  readonly educationLevels: EducationLevelRow[];
  readonly educationByCode: Map<string, EducationLevelRow>;
  readonly educationTable: WeightedTable<EducationLevelRow>;
  readonly fieldByCode: Map<string, FieldOfStudyRow>;
  readonly skillById: Map<number, SkillRow>;
  readonly skillIdsByGroup: Map<string, number[]>;
  /** Related skills of each skill, strongest first. */
  readonly relatedSkills: Map<number, number[]>;
  readonly groupNames: Map<string, string>;
  readonly occupations: Occupation[];
  readonly occupationByCode: Map<string, Occupation>;
  readonly occupationsByMainGroup: Map<string, Occupation[]>;
  readonly sectorTable: WeightedTable<Sector>;
  readonly trainingOccupations: WeightedTable<Occupation>;
  private readonly fieldTables = new Map<string, WeightedTable<FieldOfStudyRow> | null>();
  private readonly seekerOccupationTables = new Map<string, WeightedTable<Occupation> | null>();
  private readonly sectorOccupationTables = new Map<string, SectorOccupations>();
  private readonly occupationFields = new Map<string, string[]>();

  constructor(readonly reference: ReferenceRows) {
    this.regions = buildRegions(reference.regions);
    this.regionByCode = new Map(this.regions.map((region) => [region.code, region]));
    this.regionsByPopulation = new WeightedTable(this.regions, this.regions.map((region) => region.facts.population));
    this.regionsByIndustry = new WeightedTable(this.regions, this.regions.map((region) => region.facts.population * region.facts.industry));

    this.educationLevels = reference.educationLevels;
    this.educationByCode = new Map(this.educationLevels.map((level) => [level.code, level]));
    this.educationTable = new WeightedTable(this.educationLevels, this.educationLevels.map((level) => EDUCATION_SHARES[level.code] ?? DEFAULT_EDUCATION_SHARE));
    this.fieldByCode = new Map(reference.fieldsOfStudy.map((field) => [field.code, field]));

    this.skillById = new Map(reference.skills.map((skill) => [skill.id, skill]));
    this.skillIdsByGroup = new Map();
    for (const skill of reference.skills) {
      const list = this.skillIdsByGroup.get(skill.groupCode) ?? [];
      list.push(skill.id);
      this.skillIdsByGroup.set(skill.groupCode, list);
    }
    this.relatedSkills = new Map();
    for (const relation of [...reference.skillRelations].sort((a, b) => b.weight - a.weight || a.toId - b.toId)) {
      const list = this.relatedSkills.get(relation.fromId) ?? [];
      list.push(relation.toId);
      this.relatedSkills.set(relation.fromId, list);
    }
    this.groupNames = new Map(reference.skillGroups.map((group) => [group.code, group.nameId]));

    this.occupations = buildOccupations(reference.occupations, this.skillById, (code) => this.rankOf(code));
    this.occupationByCode = new Map(this.occupations.map((occupation) => [occupation.code, occupation]));
    this.occupationsByMainGroup = new Map();
    for (const occupation of this.occupations) {
      const list = this.occupationsByMainGroup.get(occupation.mainGroup) ?? [];
      list.push(occupation);
      this.occupationsByMainGroup.set(occupation.mainGroup, list);
    }
    this.sectorTable = new WeightedTable(SECTORS, SECTORS.map((sector) => sector.share));
    this.trainingOccupations = this.buildTrainingTable();
  }

  /** The highest education a BLK programme asks for: upper secondary (the first level of rank 3), if there is one. */
  get trainingEducationCap(): EducationLevelRow | undefined {
    return this.educationLevels.find((level) => level.rank === 3);
  }

  /** The rank of an education level; an unknown code counts as upper secondary. */
  rankOf(code: string): number {
    return this.educationByCode.get(code)?.rank ?? 3;
  }

  region(code: string): Region {
    const region = this.regionByCode.get(code);
    if (!region) throw new Error(`Unknown region ${code}`);
    return region;
  }

  /** Fields of study open at this level, weighted by popularity; null when none is. */
  fieldsFor(levelCode: string): WeightedTable<FieldOfStudyRow> | null {
    if (!this.fieldTables.has(levelCode)) {
      const fields = this.reference.fieldsOfStudy.filter((field) => field.levels.includes(levelCode));
      this.fieldTables.set(levelCode, fields.length > 0 ? new WeightedTable(fields, fields.map((field) => FIELD_POPULARITY[field.code] ?? 1)) : null);
    }
    return this.fieldTables.get(levelCode)!;
  }

  /**
   * Occupations a person with this education has worked in or studied for: those the education
   * qualifies for, weighted by how well the job zone fits the education and how common such work is.
   */
  seekerOccupations(levelCode: string): WeightedTable<Occupation> {
    const table = this.cachedSeekerTable(levelCode, null);
    if (!table) throw new Error('No occupations with skills');
    return table;
  }

  /** The same, narrowed to occupations whose skills lie in the field of study's skill groups; null when there are none. */
  fieldOccupations(levelCode: string, fieldCode: string): WeightedTable<Occupation> | null {
    return this.cachedSeekerTable(levelCode, fieldCode);
  }

  private cachedSeekerTable(levelCode: string, fieldCode: string | null): WeightedTable<Occupation> | null {
    const key = `${levelCode}|${fieldCode ?? ''}`;
    if (!this.seekerOccupationTables.has(key)) this.seekerOccupationTables.set(key, this.buildSeekerOccupations(levelCode, fieldCode));
    return this.seekerOccupationTables.get(key)!;
  }

  private buildSeekerOccupations(levelCode: string, fieldCode: string | null): WeightedTable<Occupation> | null {
    const rank = this.rankOf(levelCode);
    const qualified = this.occupations.filter((occupation) => occupation.educationRank <= rank);
    const target = targetJobZone(rank);
    const fit = (occupation: Occupation) => Math.exp(-1.1 * Math.abs(occupation.jobZone - target)) * (SEEKER_DEMAND_BY_ZONE[occupation.jobZone] ?? 1);
    if (fieldCode === null) {
      const candidates = qualified.length > 0 ? qualified : this.occupations;
      return new WeightedTable(candidates, candidates.map(fit));
    }
    const fieldGroups = FIELD_SKILL_GROUPS[fieldCode] ?? [];
    const matching = qualified.filter((occupation) => shareIn(occupation, fieldGroups) > 0);
    if (matching.length === 0) return null;
    return new WeightedTable(matching, matching.map((occupation) => fit(occupation) * shareIn(occupation, fieldGroups)));
  }

  /**
   * Occupations an employer of this sector hires for: `core` are its own trades (by the share of
   * their skills in the sector's skill groups), `support` the office, sales, driving and security
   * work every kind of employer needs. Both weighted by how many vacancies such work has.
   */
  sectorOccupations(sector: Sector): SectorOccupations {
    let tables = this.sectorOccupationTables.get(sector.code);
    if (!tables) {
      tables = {
        core: this.occupationTable((occupation) => shareIn(occupation, sector.groups)),
        support: this.occupationTable((occupation) => shareIn(occupation, CROSS_SECTOR_GROUPS)),
      };
      this.sectorOccupationTables.set(sector.code, tables);
    }
    return tables;
  }

  /** Occupations weighted by `affinity` times vacancy demand; all of them when none has affinity. */
  private occupationTable(affinity: (occupation: Occupation) => number): WeightedTable<Occupation> {
    const demand = (occupation: Occupation) => (VACANCY_DEMAND_BY_ZONE[occupation.jobZone] ?? 1) * (MOSTLY_SELF_EMPLOYED.has(occupation.code) ? 0.1 : 1);
    const matching = this.occupations.filter((occupation) => affinity(occupation) > 0);
    if (matching.length === 0) return new WeightedTable(this.occupations, this.occupations.map(demand));
    return new WeightedTable(matching, matching.map((occupation) => demand(occupation) * affinity(occupation) ** 2));
  }

  /** Fields of study whose skill groups match the occupation's main group and that lead to its education. */
  fieldsForOccupation(occupation: Occupation): string[] {
    let fields = this.occupationFields.get(occupation.code);
    if (!fields) {
      fields = this.reference.fieldsOfStudy
        .filter((field) => (FIELD_SKILL_GROUPS[field.code] ?? []).includes(occupation.mainGroup))
        .filter((field) => field.levels.some((level) => this.rankOf(level) >= occupation.educationRank))
        .map((field) => field.code);
      this.occupationFields.set(occupation.code, fields);
    }
    return fields;
  }

  private buildTrainingTable(): WeightedTable<Occupation> {
    const weightOf = (occupation: Occupation) => {
      let weight = 0;
      for (const [group, share] of occupation.groupShares) weight += share * (TRAINING_GROUPS[group] ?? 0);
      return weight;
    };
    const trainable = this.occupations.filter((occupation) => occupation.jobZone <= 3 && weightOf(occupation) > 0);
    if (trainable.length > 0) return new WeightedTable(trainable, trainable.map(weightOf));
    const lowZone = this.occupations.filter((occupation) => occupation.jobZone <= 3);
    const fallback = lowZone.length > 0 ? lowZone : this.occupations;
    return new WeightedTable(fallback, fallback.map(() => 1));
  }
}
