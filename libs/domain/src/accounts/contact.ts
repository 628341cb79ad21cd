const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Lower-cases and trims an e-mail address; returns null when it is not one. */
export function normalizeEmail(input: string): string | null {
  const email = input.trim().toLowerCase();
  return email.length <= 254 && EMAIL.test(email) ? email : null;
}

/**
 * Normalizes an Indonesian mobile number to E.164 (+628…): accepts 08…, 628…, +628…, with spaces,
 * dots or dashes. Indonesian mobile numbers have 10 to 13 digits after the leading 0.
 */
export function normalizePhone(input: string): string | null {
  const compact = input.trim().replace(/[\s.()-]/g, '');
  const national = compact.startsWith('+62') ? compact.slice(3) : compact.startsWith('62') ? compact.slice(2) : compact.startsWith('0') ? compact.slice(1) : null;
  if (national === null || !/^8\d{8,11}$/.test(national)) return null;
  return `+62${national}`;
}

export type LoginIdentifier = { kind: 'email'; email: string } | { kind: 'phone'; phone: string };

/** Reads what a person typed in the login field: an e-mail address or a phone number. */
export function parseLoginIdentifier(input: string): LoginIdentifier | null {
  if (input.includes('@')) {
    const email = normalizeEmail(input);
    return email ? { kind: 'email', email } : null;
  }
  const phone = normalizePhone(input);
  return phone ? { kind: 'phone', phone } : null;
}

/** Shows an e-mail or phone without revealing it whole (for logs and messages). */
export function maskContact(value: string): string {
  if (value.includes('@')) {
    const [local, domain] = value.split('@');
    return `${local.slice(0, 1)}***@${domain}`;
  }
  return `${value.slice(0, 5)}****${value.slice(-2)}`;
}
