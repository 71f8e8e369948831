import { describe, expect, test } from 'vitest';
import {
  compareBySurname,
  DEFAULT_LIST_STATE,
  hasTag,
  groupTag,
  inGroup,
  listContacts,
  nameOrder,
  readListState,
  searchContacts,
  searchText,
  surnameKey,
  tagOptions,
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

  // Reproduces issue #13: searchText left out the fields of schema v3, so none of these found anyone.
  const DETAILED = [
    contact({ id: 'd-weiss', name: 'Dr. Sören Weiß', emails: ['soeren.weiss@beispiel.de'], phones: ['+49 221 555 0101'], profileUrl: 'https://www.linkedin.com/in/soeren-weiss', position: 'Leiter Qualitätssicherung' }),
    contact({ id: 'd-oeztuerk', name: 'Prof. Ayşe Öztürk', tags: ['Köln', 'Stammtisch Düsseldorf'], notes: 'Mag Fußball, fragt gern nach Großprojekten' }),
    contact({ id: 'd-kilic', name: 'Mehmet Kılıç MBA', position: 'Geschäftsführer', tags: ['Straßenbau'] }),
  ];

  test('searches the contact details too: emails, phones, profile URL, position, tags and notes', () => {
    expect(names(searchContacts(DETAILED, 'soeren.weiss@'))).toEqual(['Dr. Sören Weiß']);
    expect(names(searchContacts(DETAILED, '555 0101'))).toEqual(['Dr. Sören Weiß']);
    expect(names(searchContacts(DETAILED, 'linkedin.com/in/soeren'))).toEqual(['Dr. Sören Weiß']);
    expect(names(searchContacts(DETAILED, 'qualitatssicherung'))).toEqual(['Dr. Sören Weiß']);
    expect(names(searchContacts(DETAILED, 'stammtisch'))).toEqual(['Prof. Ayşe Öztürk']);
    expect(names(searchContacts(DETAILED, 'koeln'))).toEqual(['Prof. Ayşe Öztürk']);
    expect(names(searchContacts(DETAILED, 'fussball'))).toEqual(['Prof. Ayşe Öztürk']);
    expect(names(searchContacts(DETAILED, 'GROSSPROJEKT'))).toEqual(['Prof. Ayşe Öztürk']);
    expect(names(searchContacts(DETAILED, 'strasse'))).toEqual(['Mehmet Kılıç MBA']);
    expect(names(searchContacts(DETAILED, 'kilic'))).toEqual(['Mehmet Kılıç MBA']);
    expect(names(searchContacts(DETAILED, 'geschaftsfuhrer'))).toEqual(['Mehmet Kılıç MBA']);
  });

  test('a title in the name is found like any word, and sorting still ignores it', () => {
    expect(names(searchContacts(DETAILED, 'prof.'))).toEqual(['Prof. Ayşe Öztürk']);
    expect(names(listContacts(DETAILED, DEFAULT_LIST_STATE, { today: FIXTURE_TODAY }))).toEqual(['Mehmet Kılıç MBA', 'Prof. Ayşe Öztürk', 'Dr. Sören Weiß']);
  });

  test('a contact without the fields of schema v3 (the network map’s shape) still gives a search text', () => {
    const { emails, phones, profileUrl, position, tags, notes, ...old } = DETAILED[1]!;
    void [emails, phones, profileUrl, position, tags, notes];
    expect(searchText(old)).toContain('ayse');
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

  // Reproduces issue #13: the import's bulk triage stores the target group as a tag, and the group filter ignored it.
  test('by target group: a contact tagged with the group’s name (or one part of it) is in the group', () => {
    const tagged = [
      contact({ id: 't1', name: 'Lena Groß', tags: ['Klinikum, MedTec'] }),
      contact({ id: 't2', name: 'Ole Weiß', tags: ['medtec'] }),
      contact({ id: 't3', name: 'Pia Kühn', tags: ['Maschinenbau'] }),
    ];
    const state = { ...DEFAULT_LIST_STATE, group: 'gr-med' };
    expect(names(listContacts(tagged, state, { today: FIXTURE_TODAY, groups: planner.groups }))).toEqual(['Lena Groß', 'Ole Weiß']);
  });

  test('groupTag: a long group name goes in by its first part that fits a tag, and inGroup counts that tag', () => {
    expect(groupTag('  Medizintechnik  ')).toBe('Medizintechnik');
    expect(groupTag('X')).toBe('X');
    const long = 'Medizintechnik-Hersteller, Kliniken und Reha-Zentren im ganzen Rheinland';
    expect(long.length).toBeGreaterThan(40);
    expect(groupTag(long)).toBe('Medizintechnik-Hersteller');
    expect(inGroup('', { name: long }, [groupTag(long)!])).toBe(true);
    // Reproduces: the triage added the whole name, which the tag limit (40) then dropped without a word.
    expect(groupTag('Einkaufsleitungen mittelständischer Maschinenbauunternehmen in NRW')).toBeNull();
    expect(groupTag('Einkaufsleitungen mittelständischer Maschinenbauunternehmen; Zulieferer')).toBe('Zulieferer');
    expect(groupTag('   ')).toBeNull();
  });

  test('inGroup: a tag equal to a group’s name counts, even a name of one letter that no text search would take', () => {
    expect(inGroup('', { name: 'IT' }, ['it'])).toBe(true);
    expect(inGroup('', { name: 'X' }, ['x'])).toBe(true);
    expect(inGroup('', { name: 'Köln, Bonn' }, ['koeln'])).toBe(true);
    expect(inGroup('', { name: 'Köln, Bonn' }, ['Kölner Kreis'])).toBe(false);
    expect(inGroup('', { name: '' }, [''])).toBe(false);
  });

  test('by tag: spelling aside, combined with priority and search', () => {
    const tagged = [
      contact({ id: 't1', name: 'Lena Groß', priority: 'A', tags: ['Köln', 'Audit'] }),
      contact({ id: 't2', name: 'Ole Weiß', priority: 'B', tags: ['koeln'] }),
      contact({ id: 't3', name: 'Pia Kühn', priority: 'A', tags: ['Kölner Kreis'] }),
    ];
    const l = (over: Partial<ContactListState>) => names(listContacts(tagged, { ...DEFAULT_LIST_STATE, ...over }, { today: FIXTURE_TODAY }));
    expect(l({ tag: 'Köln' })).toEqual(['Lena Groß', 'Ole Weiß']);
    expect(l({ tag: 'KÖLN' })).toEqual(['Lena Groß', 'Ole Weiß']);
    expect(l({ tag: 'koln' })).toEqual(['Lena Groß']);
    expect(l({ tag: 'Köln', priorities: ['A'] })).toEqual(['Lena Groß']);
    expect(l({ tag: 'Köln', query: 'weiss' })).toEqual(['Ole Weiß']);
    expect(l({ tag: 'Audit', priorities: ['B'] })).toEqual([]);
  });

  test('hasTag matches whole tags, not parts of them', () => {
    expect(hasTag({ tags: ['Kölner Kreis'] }, 'Köln')).toBe(false);
    expect(hasTag({ tags: ['Straße'] }, 'strasse')).toBe(true);
    expect(hasTag({ tags: ['Yılmaz-Runde'] }, 'yilmaz-runde')).toBe(true);
    expect(hasTag({}, 'x')).toBe(false);
    expect(hasTag({ tags: ['x'] }, ' ')).toBe(false);
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

describe('tagOptions', () => {
  test('lists every tag in use once, spelling aside, the first spelling standing for the others', () => {
    expect(tagOptions([{ tags: ['Köln', 'Audit'] }, { tags: ['koeln', 'KÖLN', 'audit'] }, {}])).toEqual(['Audit', 'Köln']);
  });

  test('sorts as the locale does: umlauts with their letter, case aside', () => {
    expect(tagOptions([{ tags: ['zulassung', 'Ärzte', 'Bonn', 'Öl', 'ostwestfalen'] }])).toEqual(['Ärzte', 'Bonn', 'Öl', 'ostwestfalen', 'zulassung']);
  });

  test('is empty without tags', () => {
    expect(tagOptions(SPELLING_CONTACTS)).toEqual([]);
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

  test('a search text is worked out once per contact object, and again for a changed contact', () => {
    const [first] = planner.contacts;
    expect(searchText(first!)).toBe(searchText(first!));
    const changed = { ...first!, organisation: 'Zweigstelle Yılmaz' };
    expect(searchText(changed)).toContain('yilmaz');
    expect(list({ query: 'yilmaz' })).toEqual(['Dr. Fatma Yılmaz']);
  });

  test('10,000 contacts sort by surname in the same order as compareBySurname, ties by id', () => {
    const names = ['Dr. Anna Ähm', 'anna ähm', 'Bernd Zabel', 'Zoé Garçon', 'Weber, Anna', 'Kim', 'Prof. Uwe Schröder', 'Uwe Schroder'];
    const many = Array.from({ length: 10_000 }, (_, i) => ({ ...planner.contacts[0]!, id: `k${String(i).padStart(5, '0')}`, name: `${names[i % names.length]} ${i % 7 === 0 ? '' : (i % 13).toString()}`.trim() }));
    const sorted = listContacts(many, DEFAULT_LIST_STATE, { today: FIXTURE_TODAY });
    const expected = [...many].sort((a, b) => compareBySurname(a.name, b.name) || (a.id < b.id ? -1 : 1));
    expect(sorted.map((c) => c.id)).toEqual(expected.map((c) => c.id));
  });
});

describe('the state in the URL', () => {
  test('round trip: every field comes back', () => {
    const state: ContactListState = { query: 'Müller & Söhne', priorities: ['A', 'C'], group: 'gr-med', overdue: true, withoutRhythm: true, tag: 'Köln & Bonn', sort: 'last' };
    const search = writeListState(state);
    expect(readListState(search)).toEqual(state);
  });

  test('the tag goes in as `tag=`', () => {
    expect(writeListState({ ...DEFAULT_LIST_STATE, tag: 'Straße' })).toBe(`?tag=${encodeURIComponent('Straße')}`);
    expect(readListState('?tag=Stra%C3%9Fe').tag).toBe('Straße');
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
