import { describe, expect, test } from 'vitest';
import { IMPORT_FIELD_LIMITS, parseBirthday, parseEnglishDay, RowBuilder, tooMany, type RowProblem } from '../../../src/lib/contact-import/fields';

describe('birthdays as stored', () => {
  test('with a year and without one, in the forms vCards and spreadsheets use', () => {
    expect(parseBirthday('--0314', 2026)).toBe('03-14');
    expect(parseBirthday('--03-14', 2026)).toBe('03-14');
    expect(parseBirthday('19850314', 2026)).toBe('1985-03-14');
    expect(parseBirthday('1985-03-14', 2026)).toBe('1985-03-14');
    expect(parseBirthday('1985-03-14T00:00:00Z', 2026)).toBe('1985-03-14');
    expect(parseBirthday('14.03.1985', 2026)).toBe('1985-03-14');
    expect(parseBirthday('4.3.', 2026)).toBe('03-04');
  });
  test('Apple’s year 1604 and years before 1900 keep only the day; days that do not exist and future years are refused', () => {
    expect(parseBirthday('1604-11-02', 2026)).toBe('11-02');
    expect(parseBirthday('1850-11-02', 2026)).toBe('11-02');
    expect(parseBirthday('--0230', 2026)).toBeNull();
    expect(parseBirthday('1985-02-29', 2026)).toBeNull();
    expect(parseBirthday('1984-02-29', 2026)).toBe('1984-02-29');
    expect(parseBirthday('2030-01-01', 2026)).toBeNull();
    expect(parseBirthday('gestern', 2026)).toBeNull();
  });
});

describe('LinkedIn’s „Connected On“', () => {
  test('„15 Mar 2024“ and its variants become a day', () => {
    expect(parseEnglishDay('15 Mar 2024')).toBe('2024-03-15');
    expect(parseEnglishDay('5 Sep 2023')).toBe('2023-09-05');
    expect(parseEnglishDay('15-Mar-24')).toBe('2024-03-15');
    expect(parseEnglishDay('2024-03-15')).toBe('2024-03-15');
    expect(parseEnglishDay('30 Feb 2024')).toBeNull();
    expect(parseEnglishDay('15 Mrz 2024')).toBeNull();
  });
});

describe('a row’s values and problems', () => {
  test('emails are checked, deduplicated and bounded; problems name the 1-based row and the field', () => {
    const problems: RowProblem[] = [];
    const b = new RowBuilder(3, problems, 2026);
    b.text('name', '  Jana   Müller ');
    b.email('jana@example.org');
    b.email('JANA@example.org');
    b.email('kein-at-zeichen');
    for (let i = 0; i < 6; i++) b.email(`j${i}@example.org`);
    expect(b.done()).toMatchObject({ at: 3, name: 'Jana Müller' });
    expect(b.row.emails).toHaveLength(IMPORT_FIELD_LIMITS.emails);
    expect(problems).toEqual([
      { code: 'invalid', at: 3, field: 'emails' },
      { code: 'too-many', at: 3, field: 'emails' },
    ]);
  });
  test('profile URLs get https when they have no scheme; other schemes are refused', () => {
    const problems: RowProblem[] = [];
    const b = new RowBuilder(1, problems, 2026);
    b.url('javascript:alert(1)');
    b.url('www.linkedin.com/in/jana');
    expect(b.row.profileUrl).toBe('https://www.linkedin.com/in/jana');
    expect(problems).toEqual([{ code: 'invalid', at: 1, field: 'profileUrl' }]);
  });
  test('a row without a name takes its email; without either it is left out, with a problem when it had other values', () => {
    const problems: RowProblem[] = [];
    const a = new RowBuilder(1, problems, 2026);
    a.email('nur@example.org');
    expect(a.done()?.name).toBe('nur@example.org');
    const b = new RowBuilder(2, problems, 2026);
    b.text('organisation', 'Acme');
    expect(b.done()).toBeNull();
    expect(new RowBuilder(3, problems, 2026).done()).toBeNull();
    expect(problems).toEqual([{ code: 'no-name', at: 2, field: 'name' }]);
  });
  test('too long values are cut to their limit with a problem; tags split, Google’s „myContacts“ dropped', () => {
    const problems: RowProblem[] = [];
    const b = new RowBuilder(1, problems, 2026);
    b.text('name', 'x'.repeat(200));
    b.tag('* myContacts ::: Ehrenamt ::: Kunden, ehrenamt');
    expect(b.row.name).toHaveLength(IMPORT_FIELD_LIMITS.name);
    expect(b.row.tags).toEqual(['Ehrenamt', 'Kunden']);
    expect(problems).toEqual([{ code: 'too-long', at: 1, field: 'name' }]);
  });
  test('the row limit is the room left', () => {
    expect(tooMany(10, 10)).toBeNull();
    expect(tooMany(11, 10)).toEqual({ code: 'too-many-rows', limit: 10, count: 11 });
  });
});
