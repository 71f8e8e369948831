import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import * as v from 'valibot';
import { answersDefinition, answersV1toV2, emptyAnswers, selbsttestSchema } from '../../../src/lib/questionnaire/answers-schema';
import { isComplete } from '../../../src/lib/questionnaire/questionnaire';
import { STEP_COUNT } from '../../../src/lib/questionnaire/questions';
import { decodeStored } from '../../../src/lib/storage/stored-value';
import { INVALID_STATE, PROFILES, STATES, answersEnvelope as envelope } from '../../fixtures/answers-states';

const fixtureV1 = readFileSync(new URL('../../fixtures/answers-v1.json', import.meta.url), 'utf8');
const fixtureV2 = readFileSync(new URL('../../fixtures/answers-v2.json', import.meta.url), 'utf8');
const COMFORT_UNKNOWN = { energie: 'unklar', rolle: 'unklar', begleitung: 'unklar' } as const;

describe('answersDefinition', () => {
  test('reads every whole step from 1 on, beyond the last question too: the question list bounds it, so a version with fewer questions loses no answers', () => {
    for (let step = 1; step <= STEP_COUNT + 3; step++) expect(v.safeParse(selbsttestSchema, { ...STATES.partial, step }).success, String(step)).toBe(true);
    const before = v.safeParse(selbsttestSchema, { ...STATES.partial, step: 0 });
    expect(before.success).toBe(false);
    expect(before.issues?.[0]?.message).toBe('step must be a whole number from 1');
  });

  test('has a migration for every older version, so stored answers always load', () => {
    for (let version = 1; version < answersDefinition.version; version++) expect(answersDefinition.migrations, String(version)).toHaveProperty(String(version));
    expect(answersDefinition.key).toMatch(/^nk:/);
  });

  test('starts at question 1 with nothing answered', () => {
    expect(answersDefinition.initial()).toEqual({ answers: emptyAnswers(), step: 1, view: 'frage', summaryReached: false });
    expect(answersDefinition.initial()).not.toBe(answersDefinition.initial());
  });

  test.each(Object.entries(STATES))('accepts the %s state', (_, state) => {
    expect(v.safeParse(selbsttestSchema, state).success).toBe(true);
  });

  test.each(Object.entries(PROFILES))('accepts the %s profile as answers', (_, answers) => {
    expect(v.safeParse(selbsttestSchema, { ...STATES.complete, answers }).success).toBe(true);
  });
});

describe('decodeStored with the questionnaire', () => {
  test('reads the saved v2 fixture as it is', () => {
    const result = decodeStored(answersDefinition, fixtureV2);
    expect(result).toMatchObject({ ok: true, migratedFrom: null, envelope: { v: 2, rev: 8, data: STATES.complete } });
  });

  test('migrates the v1 fixture (no comfort question yet): every answer kept, comfort „Weiß ich noch nicht“, the result still shown', () => {
    const result = decodeStored(answersDefinition, fixtureV1);
    const old = JSON.parse(fixtureV1).data;
    expect(result).toMatchObject({ ok: true, migratedFrom: 1, envelope: { v: 2, rev: 7 } });
    if (!result.ok) return;
    expect(result.envelope.data).toEqual({ ...old, answers: { ...old.answers, ...COMFORT_UNKNOWN } });
    expect(isComplete(result.envelope.data.answers)).toBe(true);
  });

  test('the v1 → v2 step leaves its input alone and passes non-objects through for the schema to refuse', () => {
    const old = Object.freeze({ answers: Object.freeze({ form: 'online' }), step: 1 });
    expect(answersV1toV2(old)).toEqual({ answers: { form: 'online', ...COMFORT_UNKNOWN }, step: 1 });
    expect(old.answers).toEqual({ form: 'online' });
    expect(answersV1toV2(null)).toBeNull();
    expect(answersV1toV2({ step: 1 })).toEqual({ step: 1 });
  });

  test('calls text that is not JSON corrupt', () => {
    expect(decodeStored(answersDefinition, '{"v":1,"rev":')).toMatchObject({ ok: false, reason: 'corrupt' });
    expect(decodeStored(answersDefinition, 'undefined')).toMatchObject({ ok: false, reason: 'corrupt' });
  });

  test('calls JSON without an envelope corrupt', () => {
    for (const raw of ['null', '42', '"Selbsttest"', '[]', JSON.stringify(STATES.complete), '{"v":"1","rev":1,"at":"x","data":{}}']) {
      expect(decodeStored(answersDefinition, raw), raw).toMatchObject({ ok: false, reason: 'corrupt' });
    }
  });

  test('calls data of the wrong types invalid and names where', () => {
    const result = decodeStored(answersDefinition, envelope(INVALID_STATE));
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(!result.ok && result.issue).toEqual({ code: 'wrongShapeAt', tool: 'selbsttest', path: 'answers.form' });
  });

  test.each([
    ['an unknown option', { form: 'telepathie' }],
    ['a number for a choice', { groesse: 3 }],
    ['„Weiß ich noch nicht“ next to another choice', { angebot: ['unklar', 'wissen'] }],
    ['the same choice twice', { ebenen: ['fachleute', 'fachleute'] }],
    ['hours as a number', { stunden: 4 }],
    ['hours far too long', { stunden: '1'.repeat(41) }],
    ['a missing field', { ton: undefined }],
  ])('refuses answers with %s', (_, change) => {
    const answers = { ...PROFILES.lockerLokal, ...change };
    expect(decodeStored(answersDefinition, envelope({ ...STATES.complete, answers }))).toMatchObject({ ok: false, reason: 'invalid' });
  });

  test.each([0, -1, 2.5, '3'])('refuses the step %s', (step) => {
    expect(decodeStored(answersDefinition, envelope({ ...STATES.partial, step }))).toMatchObject({ ok: false, reason: 'invalid' });
  });

  test('refuses a version 0 envelope, which never existed', () => {
    expect(decodeStored(answersDefinition, JSON.stringify({ ...JSON.parse(fixtureV1), v: 0 }))).toMatchObject({ ok: false, reason: 'corrupt' });
  });

  test('brings the v1 fixture up to a later version through its migrations', () => {
    const v3 = { ...answersDefinition, version: 3, migrations: { 1: answersV1toV2, 2: (data: unknown) => ({ ...(data as object) }) } };
    expect(decodeStored(v3, fixtureV2)).toMatchObject({ ok: true, migratedFrom: 2, envelope: { v: 3, data: STATES.complete } });
  });

  test('reports a missing migration as invalid instead of throwing', () => {
    const v4 = { ...answersDefinition, version: 4, migrations: { 1: answersV1toV2, 2: (data: unknown) => data } };
    expect(decodeStored(v4, fixtureV1)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  test('recognises data from a newer version of the site', () => {
    const result = decodeStored(answersDefinition, JSON.stringify({ ...JSON.parse(fixtureV2), v: 3 }));
    expect(result).toMatchObject({ ok: false, reason: 'newer' });
    expect(!result.ok && result.issue).toMatchObject({ code: 'newerVersion', tool: 'selbsttest', version: 3 });
  });

  test('drops __proto__ keys without touching any prototype', () => {
    const raw = fixtureV1
      .replace('"data": {', '"data": { "__proto__": { "polluted": true },')
      .replace('"answers": {', '"answers": { "__proto__": { "form": "online" }, "constructor": 1,');
    expect(raw.match(/__proto__/g)).toHaveLength(2);
    const result = decodeStored(answersDefinition, raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.envelope.data)).toEqual(['answers', 'step', 'view', 'summaryReached']);
    expect(Object.hasOwn(result.envelope.data.answers, '__proto__')).toBe(false);
    expect(result.envelope.data.answers.form).toBe('gemischt');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(result.envelope.data)).toBe(Object.prototype);
  });
});
