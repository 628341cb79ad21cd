import { employerStatus, normalizeNib } from './nib.js';

describe('normalizeNib', () => {
  it.each([
    ['9120001234567', '9120001234567'],
    [' 9120 0012 34567 ', '9120001234567'],
    ['912-000-123-4567', '9120001234567'],
    ['912000123456', null],
    ['91200012345678', null],
    ['91200012345a7', null],
    ['', null],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeNib(input)).toBe(expected);
  });
});

describe('employerStatus', () => {
  it('reads the review timestamps', () => {
    expect(employerStatus(null, null)).toBe('pending');
    expect(employerStatus(new Date(), null)).toBe('verified');
    expect(employerStatus(null, new Date())).toBe('rejected');
  });
});
