import { describe, expect, test } from 'vitest';
import { candidateFromDraft, draftFromCandidate, emptyDraft, normalizeLink, validateDraft } from '../../../src/lib/fit/candidate-draft';
import { DRAFT_MESSAGES as M } from '../../../src/lib/fit/fit-texts';
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
  test('asks for a name and links the message to the field', () => {
    expect(validateDraft(emptyDraft(), M)).toEqual([{ field: 'name', fieldId: 'kandidat-name', message: 'Gib den Namen des Netzwerks ein.' }]);
    expect(validateDraft({ ...emptyDraft(), name: '   ' }, M)[0]!.field).toBe('name');
  });

  test('accepts a name alone, the rest is optional', () => {
    expect(validateDraft({ ...emptyDraft(), name: 'Texttreff' }, M)).toEqual([]);
  });

  test('refuses names over 120 characters and says how long they are', () => {
    expect(validateDraft({ ...emptyDraft(), name: 'x'.repeat(121) }, M)[0]!.message).toBe('Der Name darf höchstens 120 Zeichen lang sein – jetzt sind es 121.');
  });

  test.each(['javascript:alert(1)', 'data:text/html,hi', 'ftp://beispiel.de', 'https://', 'file:///etc/passwd'])('refuses the link „%s“', (link) => {
    const errors = validateDraft({ ...emptyDraft(), name: 'X', link }, M);
    expect(errors).toEqual([{ field: 'link', fieldId: 'kandidat-link', message: expect.stringMatching(/^Gib eine Webadresse ein/) }]);
  });

  test.each(['https://beispiel.de', 'www.beispiel.de', 'mailto:a@b.de', 'kontakt@beispiel.de'])('accepts the link „%s“', (link) => {
    expect(validateDraft({ ...emptyDraft(), name: 'X', link }, M)).toEqual([]);
  });

  test('refuses links over 500 characters and notes over 2,000', () => {
    const errors = validateDraft({ ...emptyDraft(), name: 'X', link: `https://b.de/${'a'.repeat(500)}`, notes: 'n'.repeat(2001) }, M);
    expect(errors.map((e) => e.field)).toEqual(['link', 'notes']);
    expect(errors[1]!.message).toBe('Deine Notizen dürfen höchstens 2.000 Zeichen lang sein – jetzt sind es 2.001.');
  });

  test('lists several errors in the order of the form', () => {
    expect(validateDraft({ ...emptyDraft(), link: 'javascript:x' }, M).map((e) => e.field)).toEqual(['name', 'link']);
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

