import { passwordProblems } from './password-policy.js';

const common = new Set(['password', '12345678', 'password123', 'qwertyuiop']);

describe('passwordProblems', () => {
  it.each([
    ['Sawah-Hijau-88', {}, []],
    ['correct horse battery staple', {}, []],
    ['pendek', {}, ['use at least 8 characters']],
    ['Password123', {}, ['choose a password that is not among the most common ones']],
    ['aaaaaaaaaa', {}, ['do not repeat a single character']],
    ['sitirahayu2026', { email: 'sitirahayu@example.org' }, ['do not use your name, e-mail or phone number in the password']],
    ['budisantoso!', { fullName: 'Budi Santoso' }, ['do not use your name, e-mail or phone number in the password']],
    ['x081234567890', { phone: '+6281234567890' }, ['do not use your name, e-mail or phone number in the password']],
  ])('%s', (password, context, expected) => {
    expect(passwordProblems(password, common, context)).toEqual(expected);
  });

  it('counts characters, not UTF-16 units, and caps the length', () => {
    expect(passwordProblems('😀😀😀😀😀😀😀', common)).toEqual(['use at least 8 characters']);
    expect(passwordProblems('x'.repeat(64) + 'y'.repeat(65), common)).toEqual(['use at most 128 characters']);
  });
});
