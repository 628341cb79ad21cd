/** Terms of work that job seekers ask for and vacancies offer: one list, so that both sides match. */

export const EMPLOYMENT_TYPES = ['full_time', 'part_time', 'contract', 'internship', 'daily'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

/** Workplace accommodations for people with disabilities: a seeker needs them, a vacancy offers them. */
export const ACCOMMODATIONS = [
  'wheelchair_access',
  'accessible_toilet',
  'screen_reader',
  'sign_language',
  'flexible_hours',
  'remote_work',
  'adapted_workstation',
  'assistance_animal',
  'written_instructions',
  'quiet_space',
] as const;
export type Accommodation = (typeof ACCOMMODATIONS)[number];
