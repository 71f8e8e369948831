import { describe, expect, test } from 'vitest';
import { nameOrder, searchContacts } from '../../../src/lib/planner/contact-list';

describe('nameOrder', () => {
  test('sorts names as the locale does: umlauts with their letter, case aside', () => {
    const names = ['Weber', 'Ährens', 'bauer', 'Zoe'];
    expect(nameOrder(names).map((i) => names[i])).toEqual(['Ährens', 'bauer', 'Weber', 'Zoe']);
  });

  test('sorts numbers in names by value', () => {
    const names = ['Kontakt 10', 'Kontakt 2'];
    expect(nameOrder(names).map((i) => names[i])).toEqual(['Kontakt 2', 'Kontakt 10']);
  });

  test('gives positions, not names, so equal names stay apart', () => {
    expect(nameOrder(['Kim', 'Kim'])).toEqual([0, 1]);
  });
});

describe('searchContacts', () => {
  const contacts = [
    { name: 'R. Weber', organisation: 'Weber Antriebe' },
    { name: 'Jana Ohm', organisation: 'Straße der Technik' },
    { name: 'M. Bauer', organisation: '' },
  ];

  test('finds a query in the name or the organisation, ignoring case and outer spaces', () => {
    expect(searchContacts(contacts, ' weber ').map((c) => c.name)).toEqual(['R. Weber']);
    expect(searchContacts(contacts, 'STRASSE').map((c) => c.name)).toEqual([]);
    expect(searchContacts(contacts, 'straße').map((c) => c.name)).toEqual(['Jana Ohm']);
  });

  test('keeps all contacts, in their order, for an empty query', () => {
    expect(searchContacts(contacts, '  ')).toBe(contacts);
  });
});
