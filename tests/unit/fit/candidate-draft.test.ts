import { describe, expect, test } from 'vitest';
import { DRAFT_FIELD_IDS, FORM_LIMITS, candidateFromDraft, candidateNamed, draftFromCandidate, emptyDraft, linkText, normalizeLink, validateDraft } from '../../../src/lib/fit/candidate-draft';
import { CANDIDATES } from '../../fixtures/candidates-states';

describe('normalizeLink', () => {
  test.each([
    ['', ''],
    ['  ', ''],
    ['www.beispiel.de', 'https://www.beispiel.de'],
    [' beispiel.de/treffen ', 'https://beispiel.de/treffen'],
    ['//beispiel.de', 'https://beispiel.de'],
    ['name@beispiel.de', 'mailto:name@beispiel.de'],
    ['http://beispiel.de', 'http://beispiel.de'],
    ['javascript:alert(1)', 'javascript:alert(1)'],
  ])('turns „%s“ into „%s“', (input, output) => {
    expect(normalizeLink(input)).toBe(output);
  });
});

describe('validateDraft', () => {
  test('asks for a name', () => {
    expect(validateDraft(emptyDraft())).toEqual([{ field: 'name', code: 'nameRequired' }]);
    expect(validateDraft({ ...emptyDraft(), name: '   ' })[0]!.code).toBe('nameRequired');
  });

  test('accepts a name alone, the rest is optional', () => {
    expect(validateDraft({ ...emptyDraft(), name: 'Texttreff' })).toEqual([]);
  });

  test('refuses names over FORM_LIMITS.name characters and says how long they are', () => {
    expect(validateDraft({ ...emptyDraft(), name: 'x'.repeat(FORM_LIMITS.name) })).toEqual([]);
    expect(validateDraft({ ...emptyDraft(), name: 'x'.repeat(121) })).toEqual([{ field: 'name', code: 'nameTooLong', max: 120, n: 121 }]);
  });

  test.each(['javascript:alert(1)', 'data:text/html,hi', 'ftp://beispiel.de', 'https://', 'file:///etc/passwd'])('refuses the link „%s“', (link) => {
    expect(validateDraft({ ...emptyDraft(), name: 'X', link })).toEqual([{ field: 'link', code: 'linkInvalid' }]);
  });

  test.each(['https://beispiel.de', 'www.beispiel.de', 'mailto:a@b.de', 'kontakt@beispiel.de'])('accepts the link „%s“', (link) => {
    expect(validateDraft({ ...emptyDraft(), name: 'X', link })).toEqual([]);
  });

  test('refuses links over 500 characters and notes over 2,000, with limit and length', () => {
    const link = `https://b.de/${'a'.repeat(500)}`;
    const errors = validateDraft({ ...emptyDraft(), name: 'X', link, notes: 'n'.repeat(2001) });
    expect(errors).toEqual([
      { field: 'link', code: 'linkTooLong', max: FORM_LIMITS.link, n: link.length },
      { field: 'notes', code: 'notesTooLong', max: 2000, n: 2001 },
    ]);
  });

  test('lists several errors in the order of the form', () => {
    expect(validateDraft({ ...emptyDraft(), link: 'javascript:x' }).map((e) => e.field)).toEqual(['name', 'link']);
  });

  test('names only fields the form has, so every error can link to its field', () => {
    const errors = validateDraft({ ...emptyDraft(), link: 'x'.repeat(600), notes: 'n'.repeat(2001) });
    expect(errors.map((e) => DRAFT_FIELD_IDS[e.field])).toEqual(['kandidat-name', 'kandidat-link', 'kandidat-notizen']);
  });
});

describe('linkText', () => {
  test.each([
    ['https://www.beispiel.de/', 'www.beispiel.de'],
    ['http://beispiel.de/treffen', 'beispiel.de/treffen'],
    ['mailto:name@beispiel.de', 'name@beispiel.de'],
  ])('shows %s as %s', (href, text) => {
    expect(linkText(href)).toBe(text);
  });
});

describe('candidateFromDraft and draftFromCandidate', () => {
  test('trim the text, complete the link and keep the ratings', () => {
    const draft = { ...draftFromCandidate(CANDIDATES.kammer), name: '  IHK  ', kind: '' as const, link: 'www.ihk.example', notes: ' Notiz ' };
    expect(candidateFromDraft(draft, 'neu')).toEqual({ ...CANDIDATES.kammer, id: 'neu', name: 'IHK', kind: null, link: 'https://www.ihk.example', notes: 'Notiz' });
  });

  test('round-trip a saved candidate', () => {
    for (const candidate of Object.values(CANDIDATES)) {
      expect(candidateFromDraft(draftFromCandidate(candidate), candidate.id)).toEqual({ ...candidate, link: normalizeLink(candidate.link) });
    }
  });

  test('copy the ratings so editing the draft never changes the saved candidate', () => {
    const draft = draftFromCandidate(CANDIDATES.kammer);
    draft.ratings.zwecke.push('trends');
    expect(CANDIDATES.kammer.ratings.zwecke).toEqual(['kooperation', 'auftraege']);
  });
});


describe('candidateNamed', () => {
  const list = [
    { id: 'a', name: 'LinkedIn' },
    { id: 'b', name: 'linkedin ' },
  ];
  test('finds the first candidate with the same name, case and surrounding spaces aside', () => {
    expect(candidateNamed(' LINKEDIN', list, null)?.id).toBe('a');
  });
  test('skips the candidate being edited', () => {
    expect(candidateNamed('LinkedIn', list, 'a')?.id).toBe('b');
  });
  test('finds nothing for an empty name or an unknown one', () => {
    expect(candidateNamed('  ', [{ id: 'c', name: ' ' }], null)).toBeUndefined();
    expect(candidateNamed('XING', list, null)).toBeUndefined();
  });
});
