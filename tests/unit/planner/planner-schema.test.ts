import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { decodeStored } from '../../../src/lib/storage/stored-value';
import { contactSchema, emptyPlanner, plannerDefinition, plannerSchema, PLANNER_LIMITS } from '../../../src/lib/planner/planner-schema';
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
