/** NIB (Nomor Induk Berusaha, OSS-RBA business identification number): exactly 13 digits. */
export const NIB_LENGTH = 13;

/** Trims spaces, dots and dashes people type between digit groups; null when what is left is not 13 digits. */
export function normalizeNib(input: string): string | null {
  const compact = input.replace(/[\s.-]/g, '');
  return /^[0-9]{13}$/.test(compact) ? compact : null;
}

export const NIB_MESSAGE = 'nib must be the 13-digit Nomor Induk Berusaha (NIB) from OSS, such as 9120001234567';

/** The review state of a company, from its timestamps. */
export type EmployerStatus = 'pending' | 'verified' | 'rejected';

export function employerStatus(verifiedAt: Date | null, rejectedAt: Date | null): EmployerStatus {
  if (verifiedAt) return 'verified';
  if (rejectedAt) return 'rejected';
  return 'pending';
}

export const EMPLOYER_SIZES = ['micro', 'small', 'medium', 'large'] as const;
export type EmployerSize = (typeof EMPLOYER_SIZES)[number];
/** Days an invitation to join a company stays valid. */
export const INVITATION_VALID_DAYS = 7;

/** Sectors a company chooses from (the demo data uses the same codes). */
export const EMPLOYER_SECTORS = [
  'garment_textile',
  'manufacturing',
  'furniture',
  'food_beverage',
  'automotive',
  'construction',
  'retail_trade',
  'hospitality',
  'logistics',
  'health',
  'ict',
  'finance',
  'agriculture',
  'fisheries',
  'education',
  'services',
  'crafts',
  'other',
] as const;
