import { describe, expect, test } from 'vitest';
import { CANDIDATE_LIMITS, DEFAULT_WEIGHTS } from '../../src/lib/candidates-schema';
import {
  addCandidate,
  canAdd,
  candidateFromDraft,
  draftFromCandidate,
  emptyDraft,
  findCandidate,
  normalizeLink,
  removeCandidate,
  resetWeights,
  restoreCandidate,
  setWeight,
  updateCandidate,
  validateDraft,
  weightsChanged,
} from '../../src/lib/candidates';
import { CANDIDATES, STATES, manyCandidates } from '../fixtures/candidates-states';

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
    expect(validateDraft(emptyDraft())).toEqual([{ field: 'name', fieldId: 'kandidat-name', message: 'Gib den Namen des Netzwerks ein.' }]);
    expect(validateDraft({ ...emptyDraft(), name: '   ' })[0]!.field).toBe('name');
  });

  test('accepts a name alone, the rest is optional', () => {
    expect(validateDraft({ ...emptyDraft(), name: 'Texttreff' })).toEqual([]);
  });

  test('refuses names over 120 characters and says how long they are', () => {
    expect(validateDraft({ ...emptyDraft(), name: 'x'.repeat(121) })[0]!.message).toBe('Der Name darf höchstens 120 Zeichen lang sein – jetzt sind es 121.');
  });

  test.each(['javascript:alert(1)', 'data:text/html,hi', 'ftp://beispiel.de', 'https://', 'file:///etc/passwd'])('refuses the link „%s“', (link) => {
    const errors = validateDraft({ ...emptyDraft(), name: 'X', link });
    expect(errors).toEqual([{ field: 'link', fieldId: 'kandidat-link', message: expect.stringMatching(/^Gib eine Webadresse ein/) }]);
  });

  test.each(['https://beispiel.de', 'www.beispiel.de', 'mailto:a@b.de', 'kontakt@beispiel.de'])('accepts the link „%s“', (link) => {
    expect(validateDraft({ ...emptyDraft(), name: 'X', link })).toEqual([]);
  });

  test('refuses links over 500 characters and notes over 2,000', () => {
    const errors = validateDraft({ ...emptyDraft(), name: 'X', link: `https://b.de/${'a'.repeat(500)}`, notes: 'n'.repeat(2001) });
    expect(errors.map((e) => e.field)).toEqual(['link', 'notes']);
    expect(errors[1]!.message).toBe('Deine Notizen dürfen höchstens 2.000 Zeichen lang sein – jetzt sind es 2.001.');
  });

  test('lists several errors in the order of the form', () => {
    expect(validateDraft({ ...emptyDraft(), link: 'javascript:x' }).map((e) => e.field)).toEqual(['name', 'link']);
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

describe('addCandidate', () => {
  test('adds at the end without changing the old state', () => {
    const before = STATES.partial;
    const after = addCandidate(before, CANDIDATES.kammer);
    expect(after.candidates.map((c) => c.id)).toEqual(['k-unbekannt', 'k-kammer']);
    expect(before.candidates).toHaveLength(1);
  });

  test('refuses the 201st candidate', () => {
    const full = manyCandidates(CANDIDATE_LIMITS.candidates);
    expect(canAdd(full)).toBe(false);
    expect(addCandidate(full, CANDIDATES.kammer)).toBe(full);
  });
});

describe('updateCandidate', () => {
  test('replaces the candidate in its place', () => {
    const after = updateCandidate(STATES.complete, { ...CANDIDATES.fruehstueck, name: 'Frühstück neu' });
    expect(after.candidates.map((c) => c.name)).toEqual(['Global Engineers Online', 'Frühstück neu', 'Alumni-Verein der Hochschule', 'IHK-Forum Mittelstand']);
  });
});

describe('removeCandidate and restoreCandidate', () => {
  test('remove one candidate and put it back where it was', () => {
    const removed = findCandidate(STATES.complete, 'k-unbekannt')!;
    expect(removed.index).toBe(2);
    const without = removeCandidate(STATES.complete, 'k-unbekannt');
    expect(without.candidates.map((c) => c.id)).toEqual(['k-weltgruppe', 'k-fruehstueck', 'k-kammer']);
    expect(restoreCandidate(without, removed)).toEqual(STATES.complete);
  });

  test('restore at the end when the list has become shorter', () => {
    const removed = findCandidate(STATES.complete, 'k-kammer')!;
    const shorter = { ...STATES.complete, candidates: [CANDIDATES.weltgruppe] };
    expect(restoreCandidate(shorter, removed).candidates.map((c) => c.id)).toEqual(['k-weltgruppe', 'k-kammer']);
  });

  test('do not restore twice', () => {
    const removed = findCandidate(STATES.complete, 'k-kammer')!;
    expect(restoreCandidate(STATES.complete, removed)).toBe(STATES.complete);
  });

  test('find nothing for an unknown id', () => {
    expect(findCandidate(STATES.complete, 'gibt-es-nicht')).toBeNull();
    expect(removeCandidate(STATES.complete, 'gibt-es-nicht').candidates).toHaveLength(4);
  });
});

describe('setWeight and resetWeights', () => {
  test.each([
    [3, 3],
    [0, 0],
    [5, 5],
    [9, 5],
    [-2, 0],
    [2.6, 3],
    [Number.NaN, DEFAULT_WEIGHTS.zwecke],
  ])('set %d as %d', (value, stored) => {
    expect(setWeight(STATES.empty, 'zwecke', value).weights.zwecke).toBe(stored);
  });

  test('reset every weight to the default and notice changes', () => {
    const changed = setWeight(STATES.empty, 'kosten', 0);
    expect(weightsChanged(changed)).toBe(true);
    expect(weightsChanged(resetWeights(changed))).toBe(false);
    expect(resetWeights(changed).weights).toEqual(DEFAULT_WEIGHTS);
  });
});
