import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { decodeStored } from '../../../src/lib/storage/stored-value';
import { actionSchema, contactSchema, emptyPlanner, goalSchema, interactionSchema, plannerDefinition, plannerSchema, plannerV1toV2, PLANNER_LIMITS } from '../../../src/lib/planner/planner-schema';
import { decodeEnvelope } from '../../../src/lib/storage/stored-value';
import { deepFreeze } from '../support/deep-freeze';
import { generateLargePlanner } from '../../fixtures/planner-large';
import { PLANNER_STATE_NAMES, plannerStates, storedPlanner } from '../../fixtures/planner-states';

describe('plannerDefinition', () => {
  test('uses the nk: key, version 2 and an empty initial state that fits the schema', () => {
    expect(plannerDefinition).toMatchObject({ key: 'nk:planer', version: 2 });
    expect(Object.keys(plannerDefinition.migrations)).toEqual(['1']);
    expect(v.is(plannerSchema, plannerDefinition.initial())).toBe(true);
    expect(plannerDefinition.initial()).toEqual(emptyPlanner());
  });

  for (const name of PLANNER_STATE_NAMES) {
    test(`reads the named state „${name}“ ${name === 'invalid' ? 'as invalid' : 'unchanged'}`, () => {
      const decoded = decodeStored(plannerDefinition, storedPlanner(plannerStates[name]));
      if (name === 'invalid') expect(decoded).toMatchObject({ ok: false, reason: 'invalid' });
      else expect(decoded).toMatchObject({ ok: true, envelope: { data: plannerStates[name] } });
    });
  }

  test('reads the saved version 1 fixture', () => {
    const raw = readFileSync(new URL('../../fixtures/planner-v1.json', import.meta.url), 'utf8');
    const decoded = decodeStored(plannerDefinition, raw);
    expect(decoded.ok).toBe(true);
    expect(decoded.ok && decoded.envelope.data).toEqual(plannerStates.complete);
  });

  test('accepts the large state of 2,000 contacts', () => {
    expect(v.is(plannerSchema, generateLargePlanner())).toBe(true);
  });

  test('refuses impossible birthdays and unbounded text', () => {
    const contact = plannerStates.complete.contacts[0]!;
    expect(v.is(plannerSchema, { ...emptyPlanner(), contacts: [{ ...contact, birthday: '13-01' }] })).toBe(false);
    expect(v.is(plannerSchema, { ...emptyPlanner(), intro: 'x'.repeat(5000) })).toBe(false);
    expect(v.is(plannerSchema, { ...emptyPlanner(), contacts: [{ ...contact, name: '' }] })).toBe(false);
  });
});

describe('PLANNER_LIMITS', () => {
  const contact = { id: 'k', name: 'Kim', organisation: '', met: '', introducedBy: '', topics: '', offerThem: '', offerMe: '', birthday: '', rhythm: '3m', priority: 'B', added: '2026-03-02', snoozedUntil: '', log: [] };

  test('are the bounds the schema checks, for every text of a contact', () => {
    for (const key of ['name', 'organisation', 'met', 'introducedBy', 'topics', 'offerThem', 'offerMe'] as const) {
      const max = PLANNER_LIMITS.contact[key];
      expect(v.is(contactSchema, { ...contact, [key]: 'x'.repeat(max) })).toBe(true);
      expect(v.is(contactSchema, { ...contact, [key]: 'x'.repeat(max + 1) })).toBe(false);
    }
  });

  test('let a contact keep 500 characters of where they met and of what each side offers', () => {
    expect([PLANNER_LIMITS.contact.met, PLANNER_LIMITS.contact.offerThem, PLANNER_LIMITS.contact.offerMe]).toEqual([500, 500, 500]);
  });
});

describe('dates are real calendar dates', () => {
  const contact = plannerStates.complete.contacts[0]!;
  test('a birthday is MM-DD of a day that exists, 29 February included, or empty', () => {
    for (const birthday of ['', '01-01', '02-29', '04-30', '12-31']) expect(v.is(contactSchema, { ...contact, birthday }), birthday).toBe(true);
    for (const birthday of ['02-30', '02-31', '04-31', '11-31', '13-01', '00-05', '1-5']) expect(v.is(contactSchema, { ...contact, birthday }), birthday).toBe(false);
  });

  test('every ISO day field refuses a day that does not exist', () => {
    expect(v.is(contactSchema, { ...contact, added: '2026-02-29' })).toBe(false);
    expect(v.is(contactSchema, { ...contact, added: '2028-02-29' })).toBe(true);
    expect(v.is(contactSchema, { ...contact, snoozedUntil: '2026-04-31' })).toBe(false);
    expect(v.is(interactionSchema, { id: 'i', date: '2026-06-31', channel: '', note: '' })).toBe(false);
    expect(v.is(goalSchema, { id: 'g', kind: 'job', text: '', measure: '', deadline: '2026-09-31' })).toBe(false);
    expect(v.is(goalSchema, { id: 'g', kind: 'job', text: '', measure: '', deadline: '' })).toBe(true);
    expect(v.is(actionSchema, { id: 'a', title: 'x', due: '2026-11-31', done: false })).toBe(false);
  });
});

describe('migration 1 → 2', () => {
  const v1 = (data: unknown) => ({ v: 1, rev: 4, at: '2026-03-02T09:00:00.000Z', data });

  test('an old planner with one impossible birthday keeps everything else instead of being put aside', () => {
    const state = plannerStates.complete;
    const old = { ...state, contacts: state.contacts.map((c, i) => (i === 1 ? { ...c, birthday: '02-30' } : c)) };
    const result = decodeEnvelope(plannerDefinition, deepFreeze(v1(old)));
    expect(result).toMatchObject({ ok: true, migratedFrom: 1 });
    if (!result.ok) return;
    expect(result.envelope.data).toEqual({ ...state, contacts: state.contacts.map((c, i) => (i === 1 ? { ...c, birthday: '' } : c)) });
  });

  test('moves an impossible day a contact was added or met to the last day of its month', () => {
    const out = plannerV1toV2({ contacts: [{ added: '2026-02-30', log: [{ date: '2025-04-31' }, { date: '2025-04-30' }] }] }) as { contacts: { added: string; log: { date: string }[] }[] };
    expect(out.contacts[0]!.added).toBe('2026-02-28');
    expect(out.contacts[0]!.log.map((l) => l.date)).toEqual(['2025-04-30', '2025-04-30']);
  });

  test('leaves what is not a date at all for the schema to refuse', () => {
    const out = plannerV1toV2({ goals: 'x', contacts: [7, { birthday: 'bald', added: 5 }] });
    expect(out).toEqual({ goals: 'x', actions: undefined, contacts: [7, { birthday: 'bald', added: 5, snoozedUntil: undefined, log: undefined }] });
    expect(() => plannerV1toV2(null)).toThrow();
  });
});
