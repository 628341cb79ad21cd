import fc from 'fast-check';
import { ak1ReminderNotification } from './ak1-reminder.js';
import { addMonths, wibDate } from '../common/calendar.js';
import { ak1IssueDates, ak1MissingFields, ak1Number, ak1ReconfirmDates, ak1Status, holderInitials, parseAk1Number } from './ak1.js';

describe('AK/1 rules', () => {
  it('lists what the profile lacks for a card', () => {
    const empty = { hasNik: false, birthDate: null, gender: null, domicileRegencyCode: null, educationLevel: null, skillCount: 0 };
    expect(ak1MissingFields(empty)).toEqual(['nik', 'birthDate', 'gender', 'domicileRegencyCode', 'educationLevel', 'skills']);
    expect(ak1MissingFields({ hasNik: true, birthDate: '1998-03-05', gender: 'F', domicileRegencyCode: '3374', educationLevel: 'SMK', skillCount: 1 })).toEqual([]);
    expect(ak1MissingFields({ hasNik: true, birthDate: '1998-03-05', gender: 'F', domicileRegencyCode: '3374', educationLevel: 'SMK', skillCount: 0 })).toEqual(['skills']);
  });

  it('numbers cards by regency, year and a six-digit sequence', () => {
    expect(ak1Number('3374', 2026, 17)).toBe('33742026000017');
    expect(parseAk1Number('33742026000017')).toEqual({ regencyCode: '3374', year: 2026, sequence: 17 });
    expect(parseAk1Number('33742026000000')).toBeUndefined();
    expect(parseAk1Number('3374-2026-17')).toBeUndefined();
    expect(() => ak1Number('3374', 2026, 1_000_000)).toThrow(RangeError);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: 2000, max: 2999 }), (sequence, year) => {
        expect(parseAk1Number(ak1Number('3301', year, sequence))).toEqual({ regencyCode: '3301', year, sequence });
      }),
    );
  });

  it('adds months, clamping to the end of the month', () => {
    expect(addMonths('2026-01-15', 6)).toBe('2026-07-15');
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2024-02-29', 24)).toBe('2026-02-28');
  });

  it('is valid two years and re-confirmed every six months', () => {
    expect(ak1IssueDates('2026-11-22')).toEqual({ issuedOn: '2026-11-22', validUntil: '2028-11-22', lastConfirmedOn: '2026-11-22', reconfirmBy: '2027-05-22' });
    const card = ak1IssueDates('2026-11-22');
    expect(ak1ReconfirmDates(card, '2027-05-01').reconfirmBy).toBe('2027-11-01');
    expect(ak1ReconfirmDates(card, '2028-10-01').reconfirmBy).toBe('2028-11-22');
  });

  it.each([
    ['2026-11-22', 'active'],
    ['2027-05-07', 'active'],
    ['2027-05-08', 'needs_reconfirmation'],
    ['2027-05-22', 'needs_reconfirmation'],
    ['2027-05-23', 'lapsed'],
    ['2028-11-23', 'expired'],
  ])('on %s a card issued 2026-11-22 is %s', (today, status) => {
    expect(ak1Status(ak1IssueDates('2026-11-22'), today)).toBe(status);
  });

  it('shows initials only', () => {
    expect(holderInitials('Dewi Lestari')).toBe('D. L.');
    expect(holderInitials('  siti  nur  aisyah ')).toBe('S. N. A.');
    expect(holderInitials("Ni Made 'Ayu")).toBe('N. M. A.');
  });

  it('takes dates in WIB', () => {
    expect(wibDate(new Date('2026-11-22T17:30:00Z'))).toBe('2026-11-23');
    expect(wibDate(new Date('2026-11-22T16:59:00Z'))).toBe('2026-11-22');
  });
});

describe('AK/1 reminders', () => {
  const card = { id: 'card-1', seekerId: 'user-1', number: '33742026000001', reconfirmBy: '2027-05-22' };
  it('says due before the date and overdue after, each with its own dedupe key', () => {
    const due = ak1ReminderNotification(card, '2027-05-10');
    const overdue = ak1ReminderNotification(card, '2027-05-23');
    expect(due.kind).toBe('ak1_reconfirm');
    expect(due.title.en).toMatch(/re-confirm/);
    expect(overdue.title.en).toMatch(/lapsed/);
    expect(due.dedupeKey).toBe('ak1-reconfirm:card-1:2027-05-22:due');
    expect(overdue.dedupeKey).toBe('ak1-reconfirm:card-1:2027-05-22:overdue');
    expect(ak1ReminderNotification(card, '2027-05-11').dedupeKey).toBe(due.dedupeKey);
  });
});
