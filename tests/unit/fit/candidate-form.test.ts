import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { CANDIDATE_FORM, DIMENSION_OPTIONS, takesSeveral, type FieldSpec } from '../../../src/lib/fit/candidate-form';
import { CHECK_ITEMS, DIMENSIONS, candidateSchema } from '../../../src/lib/fit/candidates-schema';
import { emptyDraft } from '../../../src/lib/fit/candidate-draft';
import { UNKNOWN } from '../../../src/lib/questionnaire/profile-options';
import { CANDIDATES } from '../../fixtures/candidates-states';

const fields: FieldSpec[] = CANDIDATE_FORM.flatMap((f) => (f.type === 'group' ? [...f.fields] : [f]));

describe('CANDIDATE_FORM', () => {
  test('has one field per property of the draft, ratings and checklist item by item', () => {
    const draft = emptyDraft();
    const expected = ['name', 'kind', 'link', 'notes', ...DIMENSIONS.map((d) => `ratings.${d}`), 'rhythmus', 'stunden', ...CHECK_ITEMS.map((i) => `checklist.${i}`)];
    expect(fields.map((f) => f.key)).toEqual(expected);
    expect(Object.keys(draft).sort()).toEqual(['checklist', 'kind', 'link', 'name', 'notes', 'ratings', 'rhythmus', 'stunden']);
  });

  test('asks for several values exactly where the schema stores a list', () => {
    for (const field of fields.filter((f) => f.key.startsWith('ratings.'))) {
      const dim = field.key.slice('ratings.'.length) as (typeof DIMENSIONS)[number];
      expect(field.type, dim).toBe(Array.isArray(CANDIDATES.kammer.ratings[dim]) ? 'checkboxes' : 'select');
      expect(takesSeveral(dim)).toBe(field.type === 'checkboxes');
    }
  });

  test('offers only values the schema accepts, and „Weiß ich noch nicht“ first where one value is asked', () => {
    for (const field of fields) {
      if (!('options' in field) || field.key === 'kind') continue;
      const [group, name] = field.key.split('.') as ['ratings' | 'checklist' | 'rhythmus', string | undefined];
      if (field.type === 'select') expect(field.options[0]).toBe(UNKNOWN);
      for (const option of field.options) {
        const value = field.type === 'checkboxes' ? [option] : option;
        const candidate = name === undefined ? { ...CANDIDATES.kammer, [group]: value } : { ...CANDIDATES.kammer, [group]: { ...CANDIDATES.kammer[group as 'ratings'], [name]: value } };
        expect(v.is(candidateSchema, candidate), `${field.key} ${option}`).toBe(true);
      }
    }
  });

  test('offers every value of each dimension', () => {
    for (const dim of DIMENSIONS) {
      const field = fields.find((f) => f.key === `ratings.${dim}`)!;
      expect('options' in field && field.options.filter((o) => o !== UNKNOWN)).toEqual([...DIMENSION_OPTIONS[dim]]);
    }
  });

  test('asks for the time in its own group: rhythm, then hours per meeting', () => {
    const group = CANDIDATE_FORM.find((f) => f.type === 'group' && f.id === 'zeit');
    expect(group && 'fields' in group && group.fields.map((f) => f.key)).toEqual(['rhythmus', 'stunden']);
  });
});
