import { maskContact, normalizeEmail, normalizePhone, parseLoginIdentifier } from './contact.js';

describe('normalizePhone', () => {
  it.each([
    ['081234567890', '+6281234567890'],
    ['0812-3456-7890', '+6281234567890'],
    ['+62 812 3456 7890', '+6281234567890'],
    ['6281234567890', '+6281234567890'],
    ['(0812) 3456.789', '+628123456789'],
  ])('%s → %s', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each(['12345', '0212345678', '+6512345678', '08123', '0812345678901234', 'telepon'])('refuses %s', (input) => {
    expect(normalizePhone(input)).toBeNull();
  });
});

describe('normalizeEmail', () => {
  it.each([
    ['  Siti@Example.ORG ', 'siti@example.org'],
    ['a.b+c@sub.example.co.id', 'a.b+c@sub.example.co.id'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeEmail(input)).toBe(expected);
  });

  it.each(['no-at-sign', 'a@b', 'two@@example.org', `${'x'.repeat(250)}@example.org`])('refuses %s', (input) => {
    expect(normalizeEmail(input)).toBeNull();
  });
});

describe('parseLoginIdentifier', () => {
  it.each([
    ['Siti@Example.org', { kind: 'email', email: 'siti@example.org' }],
    ['0812 3456 7890', { kind: 'phone', phone: '+6281234567890' }],
    ['bukan-login', null],
  ])('%s', (input, expected) => {
    expect(parseLoginIdentifier(input)).toEqual(expected);
  });
});

describe('maskContact', () => {
  it('keeps only enough to recognise the contact', () => {
    expect(maskContact('siti@example.org')).toBe('s***@example.org');
    expect(maskContact('+6281234567890')).toBe('+6281****90');
  });
});
