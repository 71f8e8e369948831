import { describe, expect, test } from 'vitest';
import * as v from 'valibot';
import { ALL_DEFINITIONS, definitionFor, isToolData } from '../../../src/lib/storage/stored-definitions';
import { plannerStates } from '../../fixtures/planner-states';
import { STATES as CANDIDATE_STATES } from '../../fixtures/candidates-states';

describe('ALL_DEFINITIONS', () => {
  test('holds every tool and the backup date, each key once and with the nk: prefix', () => {
    const keys = ALL_DEFINITIONS.map((d) => d.key);
    expect(keys).toEqual(['nk:selbsttest', 'nk:netzwerk-check', 'nk:planer', 'nk:meta']);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('counts only the tools as reader data', () => {
    expect(ALL_DEFINITIONS.filter(isToolData).map((d) => d.key)).toEqual(['nk:selbsttest', 'nk:netzwerk-check', 'nk:planer']);
  });
});

describe('merging a backup into stored data', () => {
  test('joins the planner lists by id and keeps the result valid', () => {
    const planner = definitionFor('nk:planer')!;
    const merged = planner.merge!(plannerStates.partial, plannerStates.complete) as typeof plannerStates.complete;
    expect(v.safeParse(planner.schema, merged).success).toBe(true);
    const goalIds = merged.goals.map((g) => g.id);
    expect(goalIds).toEqual(expect.arrayContaining([...plannerStates.partial.goals, ...plannerStates.complete.goals].map((g) => g.id)));
    expect(new Set(goalIds).size).toBe(goalIds.length);
  });

  test('joins candidate networks by id, the file winning for the same id', () => {
    const check = definitionFor('nk:netzwerk-check')!;
    const renamed = { ...CANDIDATE_STATES.partial, candidates: CANDIDATE_STATES.partial.candidates.map((c) => ({ ...c, name: 'Aus der Sicherung' })) };
    const merged = check.merge!(CANDIDATE_STATES.complete, renamed) as typeof CANDIDATE_STATES.complete;
    expect(merged.candidates).toHaveLength(CANDIDATE_STATES.complete.candidates.length);
    expect(merged.candidates.map((c) => c.name)).toContain('Aus der Sicherung');
  });

  test('offers no merge for the questionnaire, which has one answer per question', () => {
    expect(definitionFor('nk:selbsttest')!.merge).toBeUndefined();
  });
});
