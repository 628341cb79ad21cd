export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

export interface PasswordContext {
  email?: string | null;
  phone?: string | null;
  fullName?: string | null;
}

/**
 * Checks a new password against the platform's policy (NIST SP 800-63B: length, and not a known
 * common or context-derived password; no composition rules). Returns what to change, or an empty list.
 */
export function passwordProblems(password: string, commonPasswords: ReadonlySet<string>, context: PasswordContext = {}): string[] {
  const problems: string[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) problems.push(`use at least ${PASSWORD_MIN_LENGTH} characters`);
  if (length > PASSWORD_MAX_LENGTH) problems.push(`use at most ${PASSWORD_MAX_LENGTH} characters`);
  const lowered = password.toLowerCase();
  if (commonPasswords.has(lowered)) problems.push('choose a password that is not among the most common ones');
  if (/^(.)\1+$/.test(password)) problems.push('do not repeat a single character');
  const personal = [context.email?.split('@')[0], context.phone?.replace(/^\+62/, '0'), context.fullName?.replace(/\s+/g, '')]
    .filter((value): value is string => !!value && value.length >= 4)
    .map((value) => value.toLowerCase());
  if (personal.some((value) => lowered === value || lowered.includes(value))) {
    problems.push('do not use your name, e-mail or phone number in the password');
  }
  return problems;
}
