import { describe, expect, test } from 'vitest';
import {
  compareBySurname,
  DEFAULT_LIST_STATE,
  listContacts,
  nameOrder,
  readListState,
  searchContacts,
  surnameKey,
  writeListState,
  type ContactListState,
} from '../../../src/lib/planner/contact-list';
import { contactsPlanner, SPELLING_CONTACTS, contact } from '../../fixtures/planner-contacts';
import { FIXTURE_TODAY } from '../../fixtures/planner-states';

const names = (list: readonly { name: string }[]) => list.map((c) => c.name);
const planner = contactsPlanner();
const list = (over: Partial<ContactListState>) => names(listContacts(planner.contacts, { ...DEFAULT_LIST_STATE, ...over }, { today: FIXTURE_TODAY, groups: planner.groups }));

describe('nameOrder', () => {
  test('sorts names as the locale does: umlauts with their letter, case aside', () => {
    const n = ['Weber', 'Ährens', 'bauer', 'Zoe'];
    expect(nameOrder(n).map((i) => n[i])).toEqual(['Ährens', 'bauer', 'Weber', 'Zoe']);
  });

  test('gives positions, not names, so equal names stay apart', () => {
    expect(nameOrder(['Kim', 'Kim'])).toEqual([0, 1]);
  });
});

describe('surname sort', () => {
  test('finds the surname behind titles, degrees and initials', () => {
    expect(surnameKey('Dr. Fatma Yılmaz')).toEqual({ surname: 'Yılmaz', rest: 'Fatma' });
    expect(surnameKey('Prof. Dr.-Ing. Uwe Schröder')).toEqual({ surname: 'Schröder', rest: 'Uwe' });
    expect(surnameKey('Dipl.-Ing. Zoé Garçon')).toEqual({ surname: 'Garçon', rest: 'Zoé' });
    expect(surnameKey('Jan Ohm MBA')).toEqual({ surname: 'Ohm', rest: 'Jan' });
    expect(surnameKey('R. Weber')).toEqual({ surname: 'Weber', rest: '' });
    expect(surnameKey('Weber, Anna')).toEqual({ surname: 'Weber', rest: 'Anna' });
  });

  test('keeps a name of one word, even one with a dot', () => {
    expect(surnameKey('Kim')).toEqual({ surname: 'Kim', rest: '' });
    expect(surnameKey('M.')).toEqual({ surname: 'M.', rest: '' });
  });

  test('„Dr. Fatma Yılmaz“ sorts under Y: after „Prof. Bernd Albers“, before „Anna Zander“', () => {
    expect(['Anna Zander', 'Dr. Fatma Yılmaz', 'Prof. Bernd Albers'].sort(compareBySurname)).toEqual(['Prof. Bernd Albers', 'Dr. Fatma Yılmaz', 'Anna Zander']);
  });

  test('the list sorts by surname by default', () => {
    expect(list({})).toEqual(['Dipl.-Ing. Zoé Garçon', 'Kim', 'Jana Müller', 'Prof. Dr.-Ing. Uwe Schröder', 'Dr. Fatma Yılmaz']);
  });
});

describe('searchContacts', () => {
  test('searches every text field: name, organisation, met, introduced by, topics, offers, notes', () => {
    expect(names(searchContacts(SPELLING_CONTACTS, 'yilmaz'))).toEqual(['Dr. Fatma Yılmaz']);
    expect(names(searchContacts(SPELLING_CONTACTS, 'koln'))).toEqual(['Jana Müller']);
    expect(names(searchContacts(SPELLING_CONTACTS, 'kaffeepause'))).toEqual(['Jana Müller']);
    expect(names(searchContacts(SPELLING_CONTACTS, 'mueller'))).toEqual(['Jana Müller', 'Kim']);
    expect(names(searchContacts(SPELLING_CONTACTS, 'ausschreibung'))).toEqual(['Kim']);
    expect(names(searchContacts(SPELLING_CONTACTS, 'lyon'))).toEqual(['Dipl.-Ing. Zoé Garçon']);
    expect(names(searchContacts(SPELLING_CONTACTS, 'gastvortrag'))).toEqual(['Prof. Dr.-Ing. Uwe Schröder']);
    expect(names(searchContacts(SPELLING_CONTACTS, 'strasse'))).toEqual(['Kim']);
    expect(names(searchContacts(SPELLING_CONTACTS, 'schroder'))).toEqual(['Prof. Dr.-Ing. Uwe Schröder']);
    expect(names(searchContacts(SPELLING_CONTACTS, 'schroeder'))).toEqual(['Prof. Dr.-Ing. Uwe Schröder']);
  });

  test('keeps all contacts, in their order, for an empty query', () => {
    expect(searchContacts(SPELLING_CONTACTS, '  ')).toBe(SPELLING_CONTACTS);
  });
});

describe('filters', () => {
  test('by priority, one or several', () => {
    expect(list({ priorities: ['A'] })).toEqual(['Kim', 'Dr. Fatma Yılmaz']);
    expect(list({ priorities: ['B', 'C'] })).toEqual(['Dipl.-Ing. Zoé Garçon', 'Jana Müller', 'Prof. Dr.-Ing. Uwe Schröder']);
  });

  test('by target group: the group’s parts named in organisation or topics', () => {
    expect(list({ group: 'gr-med' })).toEqual(['Jana Müller', 'Dr. Fatma Yılmaz']);
    expect(list({ group: 'gone' })).toHaveLength(5);
  });

  test('overdue: the follow-up lies before today', () => {
    // Yılmaz: 10 Jan + 1 month = 10 Feb; Kim: 5 Jan + 2 weeks; Schröder: 1 June 2025 + 6 months.
    expect(list({ overdue: true })).toEqual(['Kim', 'Prof. Dr.-Ing. Uwe Schröder', 'Dr. Fatma Yılmaz']);
    expect(names(listContacts(planner.contacts, { ...DEFAULT_LIST_STATE, overdue: true }, { today: null }))).toEqual([]);
  });

  test('without rhythm', () => {
    expect(list({ withoutRhythm: true })).toEqual(['Jana Müller']);
  });

  test('combine with each other and with the search', () => {
    expect(list({ priorities: ['A'], overdue: true, query: 'klinikum' })).toEqual(['Dr. Fatma Yılmaz']);
    expect(list({ priorities: ['A'], withoutRhythm: true })).toEqual([]);
  });
});

describe('sorts', () => {
  test('by next contact: soonest first, no rhythm last', () => {
    expect(list({ sort: 'next' })).toEqual(['Prof. Dr.-Ing. Uwe Schröder', 'Kim', 'Dr. Fatma Yılmaz', 'Dipl.-Ing. Zoé Garçon', 'Jana Müller']);
  });

  test('by last contact: never contacted first (by surname), then longest ago', () => {
    expect(list({ sort: 'last' })).toEqual(['Dipl.-Ing. Zoé Garçon', 'Kim', 'Jana Müller', 'Prof. Dr.-Ing. Uwe Schröder', 'Dr. Fatma Yılmaz']);
  });

  test('by priority: A first, ties by surname', () => {
    expect(list({ sort: 'priority' })).toEqual(['Kim', 'Dr. Fatma Yılmaz', 'Jana Müller', 'Dipl.-Ing. Zoé Garçon', 'Prof. Dr.-Ing. Uwe Schröder']);
  });

  test('a precomputed search text gives the same result', () => {
    const texts = new Map(planner.contacts.map((c) => [c, 'nichts']));
    expect(listContacts(planner.contacts, { ...DEFAULT_LIST_STATE, query: 'yilmaz' }, { today: FIXTURE_TODAY, texts })).toEqual([]);
    expect(list({ query: 'yilmaz' })).toEqual(['Dr. Fatma Yılmaz']);
  });
});

describe('the state in the URL', () => {
  test('round trip: every field comes back', () => {
    const state: ContactListState = { query: 'Müller & Söhne', priorities: ['A', 'C'], group: 'gr-med', overdue: true, withoutRhythm: true, sort: 'last' };
    const search = writeListState(state);
    expect(readListState(search)).toEqual(state);
  });

  test('the default state writes nothing and reads back from nothing', () => {
    expect(writeListState(DEFAULT_LIST_STATE)).toBe('');
    expect(readListState('')).toEqual(DEFAULT_LIST_STATE);
  });

  test('keeps other parameters and drops the old ones of its own', () => {
    expect(writeListState({ ...DEFAULT_LIST_STATE, sort: 'next' }, '?x=1&sort=last&q=alt')).toBe('?x=1&sort=next');
  });

  test('ignores what it does not know', () => {
    expect(readListState('?prio=C,Z,A&sort=größe&overdue=ja')).toEqual({ ...DEFAULT_LIST_STATE, priorities: ['A', 'C'] });
  });

  test('a contact built by the fixture is a valid contact to list', () => {
    expect(listContacts([contact({ id: 'x', name: 'Ohm' })], DEFAULT_LIST_STATE, { today: FIXTURE_TODAY })).toHaveLength(1);
  });
});
