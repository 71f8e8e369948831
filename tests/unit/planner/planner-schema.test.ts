import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { decodeStored } from '../../../src/lib/storage/stored-value';
import { emptyPlanner, plannerDefinition, plannerSchema } from '../../../src/lib/planner/planner-schema';
import { generateLargePlanner } from '../../fixtures/planner-large';
import { PLANNER_STATE_NAMES, plannerStates, storedPlanner } from '../../fixtures/planner-states';

describe('plannerDefinition', () => {
  test('uses the nk: key, version 1 and an empty initial state that fits the schema', () => {
    expect(plannerDefinition).toMatchObject({ key: 'nk:planer', version: 1, migrations: {} });
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
