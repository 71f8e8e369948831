import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { overwroteSameField } from '../../../src/lib/storage/same-field';

const goal = (id: string, text: string) => ({ id, text, measure: '' });

describe('overwroteSameField', () => {
  test('both tabs changed the same field: overwritten', () => {
    const before = { goals: [goal('g1', 'Mehr')] };
    const theirs = { goals: [goal('g1', 'Mehr A')] };
    expect(overwroteSameField(before, theirs, { goals: [goal('g1', 'Mehr B')] })).toBe(true);
  });

  test('different fields, or different items: both kept, nothing overwritten', () => {
    const before = { title: '', goals: [goal('g1', 'Mehr'), goal('g2', 'Zwei')] };
    const theirs = { ...before, goals: [goal('g1', 'Mehr A'), before.goals[1]!] };
    expect(overwroteSameField(before, theirs, { ...theirs, title: 'Neu' })).toBe(false);
    expect(overwroteSameField(before, theirs, { ...theirs, goals: [theirs.goals[0]!, goal('g2', 'Zwei B')] })).toBe(false);
  });

  test('items are matched by id: an item the other tab added before mine is not taken for mine', () => {
    const before = { goals: [goal('g1', 'Mehr')] };
    const theirs = { goals: [goal('g0', 'Neu von A'), before.goals[0]!] };
    const mine = { goals: [theirs.goals[0]!, goal('g1', 'Mehr B')] };
    expect(overwroteSameField(before, theirs, mine)).toBe(false);
  });

  test('an item the other tab changed and this tab deleted counts as overwritten', () => {
    const before = { goals: [goal('g1', 'Mehr')] };
    const theirs = { goals: [goal('g1', 'Mehr A')] };
    expect(overwroteSameField(before, theirs, { goals: [] })).toBe(true);
  });

  test('the other tab changed nothing (a parsed copy of the same data): nothing overwritten', () => {
    const before = { goals: [goal('g1', 'Mehr')], n: [1, 2] };
    const theirs = JSON.parse(JSON.stringify(before));
    expect(overwroteSameField(before, theirs, { ...theirs, goals: [goal('g1', 'B')] })).toBe(false);
  });

  test('property: a change to a field the other tab left alone is never reported', () => {
    const record = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), fc.oneof(fc.string(), fc.integer()));
    fc.assert(
      fc.property(record, fc.constantFrom('a', 'b', 'c', 'd'), fc.string(), fc.constantFrom('a', 'b', 'c', 'd'), fc.string(), (before, theirKey, theirValue, myKey, myValue) => {
        fc.pre(theirKey !== myKey);
        const theirs = { ...JSON.parse(JSON.stringify(before)), [theirKey]: theirValue };
        const mine = { ...theirs, [myKey]: myValue };
        expect(overwroteSameField(before, theirs, mine)).toBe(false);
      }),
    );
  });

  test('property: the same field changed by both to different values is always reported', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (start, a, b) => {
        fc.pre(start !== a && a !== b);
        expect(overwroteSameField({ x: { y: start } }, { x: { y: a } }, { x: { y: b } })).toBe(true);
      }),
    );
  });
});
