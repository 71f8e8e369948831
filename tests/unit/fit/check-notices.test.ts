import { describe, expect, test } from 'vitest';
import { findCandidate } from '../../../src/lib/fit/candidates';
import { deletedNotice, restoredNotice, returnNotice, undoOf } from '../../../src/lib/fit/check-notices';
import { fitScore } from '../../../src/lib/fit/fit-score';
import { PROFILES } from '../../fixtures/answers-states';
import { CANDIDATES, STATES } from '../../fixtures/candidates-states';

describe('returnNotice', () => {
  test('names the added or saved candidate with its current score', () => {
    const score = fitScore(CANDIDATES.kammer, PROFILES.lockerLokal, STATES.complete.weights).score;
    expect(returnNotice(STATES.complete, PROFILES.lockerLokal, '?neu=k-kammer')).toEqual({ code: 'added', id: 'k-kammer', name: 'IHK-Forum Mittelstand', score });
    expect(returnNotice(STATES.complete, PROFILES.lockerLokal, '?gespeichert=k-kammer')).toMatchObject({ code: 'saved', score });
  });

  test('says nothing for a candidate that is not in the list, or without a query', () => {
    expect(returnNotice(STATES.complete, PROFILES.lockerLokal, '?neu=k-weg')).toBeNull();
    expect(returnNotice(STATES.complete, PROFILES.lockerLokal, '')).toBeNull();
  });

  test('gives no score when every weight is 0', () => {
    const zero = { ...STATES.complete, weights: Object.fromEntries(Object.keys(STATES.complete.weights).map((k) => [k, 0])) as typeof STATES.complete.weights };
    expect(returnNotice(zero, PROFILES.lockerLokal, '?neu=k-kammer')).toMatchObject({ score: null });
  });
});

describe('undoOf', () => {
  const removed = findCandidate(STATES.complete, 'k-unbekannt')!;

  test('offers „Rückgängig“ right after a delete, with the candidate and its place', () => {
    expect(undoOf(deletedNotice(removed))).toBe(removed);
  });

  test('offers nothing after the undo, after other changes or without a notice', () => {
    expect(undoOf(restoredNotice(removed))).toBeNull();
    expect(undoOf({ code: 'weightsReset' })).toBeNull();
    expect(undoOf(returnNotice(STATES.complete, PROFILES.lockerLokal, '?neu=k-kammer'))).toBeNull();
    expect(undoOf(null)).toBeNull();
  });
});
