import { describe, expect, test } from 'vitest';
import { CANDIDATE_LIMITS, DEFAULT_WEIGHTS, WEIGHT_MAX } from '../../../src/lib/fit/candidates-schema';
import {
  FILTER_FROM,
  WEIGHT_VALUES,
  addCandidate,
  canAdd,
  filterByName,
  findCandidate,
  removeCandidate,
  resetWeights,
  restoreCandidate,
  setWeight,
  updateCandidate,
  weightsChanged,
} from '../../../src/lib/fit/candidates';
import { CANDIDATES, STATES, manyCandidates } from '../../fixtures/candidates-states';

describe('addCandidate', () => {
  test('adds the same candidate only once: a second save replaces it (double click on „Speichern“)', () => {
    const once = addCandidate(STATES.partial, CANDIDATES.kammer);
    const twice = addCandidate(once, { ...CANDIDATES.kammer, notes: 'geändert' });
    expect(twice.candidates.map((c) => c.id)).toEqual(['k-unbekannt', 'k-kammer']);
    expect(twice.candidates[1]?.notes).toBe('geändert');
  });

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

describe('filterByName', () => {
  const list = STATES.complete.candidates.map((candidate) => ({ candidate }));

  test('keeps the entries whose name contains the query, case aside and trimmed', () => {
    expect(filterByName(list, '  ihk ').map((e) => e.candidate.id)).toEqual(['k-kammer']);
    expect(filterByName(list, 'FRÜHSTÜCK').map((e) => e.candidate.id)).toEqual(['k-fruehstueck']);
  });

  test('keeps everything for an empty query and nothing for a name not in the list', () => {
    expect(filterByName(list, '   ')).toEqual(list);
    expect(filterByName(list, 'Texttreff')).toEqual([]);
  });

  test('is offered from FILTER_FROM candidates on', () => {
    expect(FILTER_FROM).toBeGreaterThan(1);
  });
});

describe('WEIGHT_VALUES', () => {
  test('runs from 0 to WEIGHT_MAX, each of them a weight setWeight keeps', () => {
    expect(WEIGHT_VALUES[0]).toBe(0);
    expect(WEIGHT_VALUES.at(-1)).toBe(WEIGHT_MAX);
    for (const value of WEIGHT_VALUES) expect(setWeight(STATES.empty, 'kosten', value).weights.kosten).toBe(value);
  });
});
