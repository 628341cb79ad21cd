/**
 * Rows of the exchange's tables as the generator produces them: keys are the column names, dates are
 * 'YYYY-MM-DD' strings and timestamps ISO-8601 strings, so the same row goes to PostgreSQL as JSON
 * (the demo loader) or as a line of COPY text (the at-scale generator).
 */

export type Role = 'job_seeker' | 'employer' | 'training_centre' | 'counsellor' | 'admin';

export interface UserRow {
  id: string;
  email: string | null;
  phone: string | null;
  password_hash: string;
  role: Role;
  full_name: string;
  status: 'active' | 'disabled';
  email_verified_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface JobSeekerRow {
  user_id: string;
  birth_date: string;
  gender: 'F' | 'M';
  domicile_regency_code: string;
  education_level: string;
  field_of_study: string | null;
  experience_months: number;
  expected_wage_min: number | null;
  max_commute_km: number;
  open_to_remote: boolean;
  preferred_occupations: string[];
  preferred_regencies: string[];
  employment_types: string[];
  searchable: boolean;
  status: 'active' | 'inactive' | 'placed';
  created_at: string;
  updated_at: string;
}

export interface JobSeekerSkillRow {
  seeker_id: string;
  skill_id: number;
  level: number;
  source: 'declared' | 'certified' | 'assessed';
}

export interface EmployerRow {
  id: string;
  name: string;
  nib: string;
  sector: string;
  size: 'micro' | 'small' | 'medium' | 'large';
  address: string;
  regency_code: string;
  verified_at: string | null;
  verified_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface EmployerMemberRow {
  employer_id: string;
  user_id: string;
  role: 'owner' | 'member';
  created_at: string;
}

export interface VacancyRow {
  id: string;
  employer_id: string;
  occupation_code: string;
  title: string;
  description: string;
  regency_code: string | null;
  is_remote: boolean;
  wage_min: number | null;
  wage_max: number | null;
  employment_type: string;
  openings: number;
  education_min: string;
  fields_of_study: string[];
  experience_min_months: number;
  accommodations: string[];
  status: 'draft' | 'published' | 'closed' | 'filled';
  deadline: string | null;
  published_at: string | null;
  closed_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface VacancySkillRow {
  vacancy_id: string;
  skill_id: number;
  importance: 'required' | 'preferred';
  weight: number;
}

export interface TrainingCentreRow {
  id: string;
  name: string;
  regency_code: string;
  address: string;
  verified_at: string | null;
  verified_by: string | null;
  created_at: string;
}

export interface TrainingCentreMemberRow {
  centre_id: string;
  user_id: string;
  role: 'staff' | 'instructor';
}

export interface TrainingProgrammeRow {
  id: string;
  centre_id: string;
  title: string;
  vocational_field: string;
  description: string;
  hours: number;
  cost: number;
  education_min: string;
  created_at: string;
}

export interface TrainingProgrammeSkillRow {
  programme_id: string;
  skill_id: number;
}

export interface TrainingCohortRow {
  id: string;
  programme_id: string;
  starts_on: string;
  ends_on: string;
  capacity: number;
  instructor_user_id: string | null;
  status: 'open' | 'running' | 'completed' | 'cancelled';
  created_at: string;
}

export interface CounsellingOfficeRow {
  id: string;
  regency_code: string;
  name: string;
  address: string;
}

export interface CounsellorRow {
  user_id: string;
  office_id: string;
}

/** A table and the columns the generator fills, in COPY order. */
export interface TableSpec<Row> {
  name: string;
  columns: ReadonlyArray<keyof Row & string>;
}

function spec<Row>(name: string, columns: ReadonlyArray<keyof Row & string>): TableSpec<Row> {
  return { name, columns };
}

export const TABLES = {
  users: spec<UserRow>('users', ['id', 'email', 'phone', 'password_hash', 'role', 'full_name', 'status', 'email_verified_at', 'created_at', 'updated_at']),
  jobSeekers: spec<JobSeekerRow>('job_seekers', [
    'user_id', 'birth_date', 'gender', 'domicile_regency_code', 'education_level', 'field_of_study', 'experience_months', 'expected_wage_min',
    'max_commute_km', 'open_to_remote', 'preferred_occupations', 'preferred_regencies', 'employment_types', 'searchable', 'status',
    'created_at', 'updated_at',
  ]),
  jobSeekerSkills: spec<JobSeekerSkillRow>('job_seeker_skills', ['seeker_id', 'skill_id', 'level', 'source']),
  employers: spec<EmployerRow>('employers', ['id', 'name', 'nib', 'sector', 'size', 'address', 'regency_code', 'verified_at', 'verified_by', 'created_at', 'updated_at']),
  employerMembers: spec<EmployerMemberRow>('employer_members', ['employer_id', 'user_id', 'role', 'created_at']),
  vacancies: spec<VacancyRow>('vacancies', [
    'id', 'employer_id', 'occupation_code', 'title', 'description', 'regency_code', 'is_remote', 'wage_min', 'wage_max', 'employment_type',
    'openings', 'education_min', 'fields_of_study', 'experience_min_months', 'accommodations', 'status', 'deadline', 'published_at',
    'closed_at', 'created_by', 'created_at', 'updated_at',
  ]),
  vacancySkills: spec<VacancySkillRow>('vacancy_skills', ['vacancy_id', 'skill_id', 'importance', 'weight']),
  trainingCentres: spec<TrainingCentreRow>('training_centres', ['id', 'name', 'regency_code', 'address', 'verified_at', 'verified_by', 'created_at']),
  trainingCentreMembers: spec<TrainingCentreMemberRow>('training_centre_members', ['centre_id', 'user_id', 'role']),
  trainingProgrammes: spec<TrainingProgrammeRow>('training_programmes', [
    'id', 'centre_id', 'title', 'vocational_field', 'description', 'hours', 'cost', 'education_min', 'created_at',
  ]),
  trainingProgrammeSkills: spec<TrainingProgrammeSkillRow>('training_programme_skills', ['programme_id', 'skill_id']),
  trainingCohorts: spec<TrainingCohortRow>('training_cohorts', ['id', 'programme_id', 'starts_on', 'ends_on', 'capacity', 'instructor_user_id', 'status', 'created_at']),
  counsellingOffices: spec<CounsellingOfficeRow>('counselling_offices', ['id', 'regency_code', 'name', 'address']),
  counsellors: spec<CounsellorRow>('counsellors', ['user_id', 'office_id']),
} as const;
