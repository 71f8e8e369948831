import { expect, test } from 'vitest';
import * as v from 'valibot';
import { answeredKeys, KIND_DEFAULTS, withKindDefaults } from '../../../src/lib/fit/kind-defaults';
import { candidateFromDraft, emptyDraft } from '../../../src/lib/fit/candidate-draft';
import { candidateSchema } from '../../../src/lib/fit/candidates-schema';
import { KIND_IDS } from '../../../src/lib/profile/network-kinds';

test('every kind but „sonstiges“ has typical values, and each makes a valid candidate', () => {
  expect(KIND_IDS.filter((k) => !KIND_DEFAULTS[k])).toEqual(['sonstiges']);
  for (const kind of KIND_IDS) {
    const draft = withKindDefaults({ ...emptyDraft(), name: 'X' }, kind, new Set());
    expect(v.is(candidateSchema, candidateFromDraft(draft, 'id')), kind).toBe(true);
  }
});

test('pre-fills a platform as online, international, open, weekly, one hour', () => {
  const d = withKindDefaults(emptyDraft(), 'plattform', new Set());
  expect([d.ratings.form, d.ratings.reichweite, d.ratings.zugang, d.rhythmus, d.stunden]).toEqual(['online', 'international', 'offen', 'woechentlich', '1']);
});

test('never overwrites what the reader set, and switching kinds replaces only starting values', () => {
  const mine = { ...emptyDraft(), stunden: '4', ratings: { ...emptyDraft().ratings, form: 'praesenz' as const } };
  const d = withKindDefaults(withKindDefaults(mine, 'plattform', new Set(['stunden', 'ratings.form'])), 'messe', new Set(['stunden', 'ratings.form']));
  expect([d.ratings.form, d.stunden, d.rhythmus, d.kind]).toEqual(['praesenz', '4', 'jaehrlich', 'messe']);
  expect(withKindDefaults(d, 'sonstiges', new Set(['stunden'])).rhythmus).toBe('unklar');
});

test('a saved candidate keeps its answered fields when its kind changes', () => {
  const saved = withKindDefaults(emptyDraft(), 'meetup', new Set());
  expect([...answeredKeys(saved)].sort()).toEqual(['ratings.form', 'ratings.reichweite', 'ratings.zugang', 'rhythmus', 'stunden']);
  expect(answeredKeys(emptyDraft()).size).toBe(0);
});
