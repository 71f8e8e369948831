import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import * as v from 'valibot';
import { CANDIDATE_LIMITS, DEFAULT_WEIGHTS, WEIGHT_KEYS, candidatesDefinition, candidatesStateSchema, openChecklist, unknownRatings } from '../../../src/lib/fit/candidates-schema';
import { decodeStored } from '../../../src/lib/storage/stored-value';
import { CANDIDATES, INVALID_STATE, STATES, manyCandidates } from '../../fixtures/candidates-states';
import { envelope } from '../../fixtures/answers-states';

const fixtureV1 = readFileSync(new URL('../../fixtures/candidates-v1.json', import.meta.url), 'utf8');
const fixtureV2 = readFileSync(new URL('../../fixtures/candidates-v2.json', import.meta.url), 'utf8');

describe('candidatesDefinition', () => {
  test('uses the namespaced key, version 2 and one migration', () => {
    expect(candidatesDefinition.key).toBe('nk:netzwerk-check');
    expect(candidatesDefinition.version).toBe(2);
    expect(Object.keys(candidatesDefinition.migrations)).toEqual(['1']);
  });

  test('starts with no candidates and the default weights', () => {
    expect(candidatesDefinition.initial()).toEqual({ candidates: [], weights: DEFAULT_WEIGHTS });
  });

  test('has a default weight between 0 and 5 for every dimension and checklist item', () => {
    expect(Object.keys(DEFAULT_WEIGHTS).sort()).toEqual([...WEIGHT_KEYS].sort());
    for (const key of WEIGHT_KEYS) expect(DEFAULT_WEIGHTS[key]).toBeGreaterThanOrEqual(1);
  });

  test.each(Object.entries(STATES))('accepts the %s state', (_, state) => {
    expect(v.safeParse(candidatesStateSchema, state).success).toBe(true);
  });

  test('accepts 200 candidates and refuses 201', () => {
    expect(v.safeParse(candidatesStateSchema, manyCandidates(CANDIDATE_LIMITS.candidates)).success).toBe(true);
    expect(v.safeParse(candidatesStateSchema, manyCandidates(CANDIDATE_LIMITS.candidates + 1)).success).toBe(false);
  });

  test('accepts a candidate nobody has rated yet', () => {
    const fresh = { ...CANDIDATES.unbekannt, ratings: unknownRatings(), checklist: openChecklist() };
    expect(v.safeParse(candidatesStateSchema, { ...STATES.empty, candidates: [fresh] }).success).toBe(true);
  });
});

describe('decodeStored with the network check', () => {
  test('reads the saved v1 fixture', () => {
    expect(decodeStored(candidatesDefinition, fixtureV1)).toMatchObject({ ok: true, envelope: { rev: 12, data: STATES.complete } });
  });

  test('calls broken JSON corrupt', () => {
    expect(decodeStored(candidatesDefinition, fixtureV1.slice(0, 200))).toMatchObject({ ok: false, reason: 'corrupt' });
  });

  test('calls the invalid state invalid', () => {
    expect(decodeStored(candidatesDefinition, envelope(INVALID_STATE))).toMatchObject({ ok: false, reason: 'invalid' });
  });

  test.each([
    ['a weight above 5', { weights: { ...DEFAULT_WEIGHTS, ton: 6 } }],
    ['a negative weight', { weights: { ...DEFAULT_WEIGHTS, ton: -1 } }],
    ['a fractional weight', { weights: { ...DEFAULT_WEIGHTS, ton: 2.5 } }],
    ['a weight as text', { weights: { ...DEFAULT_WEIGHTS, ton: '2' } }],
    ['a missing weight', { weights: { ...DEFAULT_WEIGHTS, ton: undefined } }],
    ['candidates as an object', { candidates: { a: CANDIDATES.kammer } }],
    ['an unknown kind', { candidates: [{ ...CANDIDATES.kammer, kind: 'geheimbund' }] }],
    ['an unknown checklist answer', { candidates: [{ ...CANDIDATES.kammer, checklist: { ...CANDIDATES.kammer.checklist, kosten: 'vielleicht' } }] }],
    ['a name that is too long', { candidates: [{ ...CANDIDATES.kammer, name: 'x'.repeat(121) }] }],
    ['the same id twice', { candidates: [CANDIDATES.kammer, CANDIDATES.kammer] }],
  ])('refuses %s', (_, change) => {
    expect(decodeStored(candidatesDefinition, envelope({ ...STATES.complete, ...change }))).toMatchObject({ ok: false, reason: 'invalid' });
  });

  test('recognises data from a newer version', () => {
    expect(decodeStored(candidatesDefinition, JSON.stringify({ ...JSON.parse(fixtureV1), v: 5 }))).toMatchObject({ ok: false, reason: 'newer' });
  });

  test('brings the v1 fixture to v2: „zeit“ leaves the checklist, „zeit“ and „gast“ the weights, time starts unknown', () => {
    expect(decodeStored(candidatesDefinition, fixtureV1)).toMatchObject({ ok: true, migratedFrom: 1, envelope: { v: 2, data: STATES.complete } });
  });

  test('reads the saved v2 fixture as it is', () => {
    expect(decodeStored(candidatesDefinition, fixtureV2)).toMatchObject({ ok: true, migratedFrom: null, envelope: { data: STATES.timed } });
  });

  test('refuses hours per meeting above 24 and an unknown rhythm', () => {
    for (const c of [{ ...CANDIDATES.kammer, stunden: 25 }, { ...CANDIDATES.kammer, rhythmus: 'taeglich' }]) {
      expect(decodeStored(candidatesDefinition, JSON.stringify({ v: 2, rev: 1, at: 'x', data: { ...STATES.complete, candidates: [c] } }))).toMatchObject({ ok: false, reason: 'invalid' });
    }
  });

  test('drops __proto__ keys in candidates and weights', () => {
    const data = JSON.parse(fixtureV1).data;
    const raw = JSON.stringify({ v: 1, rev: 1, at: 'x', data }).replace('"weights":{', '"weights":{"__proto__":{"polluted":1},').replace('"ratings":{', '"ratings":{"__proto__":{"x":1},');
    expect(raw.match(/__proto__/g)?.length).toBeGreaterThanOrEqual(2);
    const result = decodeStored(candidatesDefinition, raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.hasOwn(result.envelope.data.weights, '__proto__')).toBe(false);
    expect(Object.hasOwn(result.envelope.data.candidates[0]!.ratings, '__proto__')).toBe(false);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
