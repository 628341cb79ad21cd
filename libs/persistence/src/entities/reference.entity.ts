import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'regions' })
export class RegionEntity {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ name: 'province_code', type: 'text' })
  provinceCode: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  type: 'kabupaten' | 'kota';

  @Column({ type: 'double precision' })
  lat: number;

  @Column({ type: 'double precision' })
  lon: number;
}

@Entity({ name: 'education_levels' })
export class EducationLevelEntity {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'smallint' })
  rank: number;

  @Column({ name: 'name_id', type: 'text' })
  nameId: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;
}

@Entity({ name: 'fields_of_study' })
export class FieldOfStudyEntity {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ name: 'name_id', type: 'text' })
  nameId: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  @Column({ type: 'text', array: true })
  levels: string[];
}

@Entity({ name: 'occupations' })
export class OccupationEntity {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ name: 'title_id', type: 'text' })
  titleId: string;

  @Column({ name: 'title_en', type: 'text' })
  titleEn: string;

  @Column({ type: 'text' })
  riasec: string;

  /** O*NET-style interest ratings (1–7) in R, I, A, S, E, C order. */
  @Column({ type: 'real', array: true })
  interests: number[];

  @Column({ name: 'job_zone', type: 'smallint' })
  jobZone: number;

  @Column({ name: 'education_min', type: 'text' })
  educationMin: string;
}

@Entity({ name: 'skill_groups' })
export class SkillGroupEntity {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ name: 'name_id', type: 'text' })
  nameId: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;
}

@Entity({ name: 'skills' })
export class SkillEntity {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ type: 'text' })
  code: string;

  @Column({ name: 'group_code', type: 'text' })
  groupCode: string;

  @Column({ name: 'name_id', type: 'text' })
  nameId: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;
}

@Entity({ name: 'skill_relations' })
export class SkillRelationEntity {
  @PrimaryColumn({ name: 'from_skill_id', type: 'int' })
  fromSkillId: number;

  @PrimaryColumn({ name: 'to_skill_id', type: 'int' })
  toSkillId: number;

  @Column({ type: 'real' })
  weight: number;
}

@Entity({ name: 'occupation_skills' })
export class OccupationSkillEntity {
  @PrimaryColumn({ name: 'occupation_code', type: 'text' })
  occupationCode: string;

  @PrimaryColumn({ name: 'skill_id', type: 'int' })
  skillId: number;
}

@Entity({ name: 'reference_data_versions' })
export class ReferenceDataVersionEntity {
  @PrimaryColumn({ type: 'text' })
  dataset: string;

  @Column({ type: 'text' })
  version: string;

  @Column({ type: 'text' })
  checksum: string;

  @Column({ name: 'loaded_at', type: 'timestamptz' })
  loadedAt: Date;
}
