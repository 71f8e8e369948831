/**
 * Issue #10, case 3: merging a backup into data that changed since must keep every item of both
 * sides, at every level (a contact's log entries included), and the preview's counts must be
 * exactly what is written. Generated pairs of planner states share ids on purpose, so the same
 * contact, goal, channel or action appears on both sides with different contents. On the old
 * merge (the backup's contact replaced the stored one whole) the log entries made after the
 * backup were lost.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { planImport } from '../../../src/lib/storage/backup';
import { countEntries, decodeStored } from '../../../src/lib/storage/stored-value';
import { ALL_DEFINITIONS } from '../../../src/lib/storage/stored-definitions';
import { CHANNEL_TYPES, emptyPlanner, GOAL_KINDS, INTERACTION_CHANNELS, PERIODS, plannerDefinition, type PlannerData } from '../../../src/lib/planner/planner-schema';
import { contact } from '../../fixtures/planner-contacts';

const AT = '2026-03-01T10:00:00.000Z';
const NOW = new Date('2026-03-02T10:00:00.000Z');
const idFrom = (prefix: string) => fc.integer({ min: 1, max: 6 }).map((n) => `${prefix}${n}`);
const words = fc.constantFrom('', 'Kaffee', 'Messe', 'Anruf', 'Ziel');
const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-02-${String(d).padStart(2, '0')}`);
const uniqueById = <T extends { id: string }>(item: fc.Arbitrary<T>, max = 5) => fc.uniqueArray(item, { selector: (x) => x.id, maxLength: max });

const log = uniqueById(fc.record({ id: idFrom('l'), date: day, channel: fc.constantFrom(...INTERACTION_CHANNELS), note: words }));
const contacts = uniqueById(fc.record({ id: idFrom('k'), name: fc.constantFrom('Ada', 'Jana', 'Kim'), log, tags: fc.uniqueArray(fc.constantFrom('alt', 'neu', 'messe'), { maxLength: 2 }) }).map((c) => contact(c)));
const goals = uniqueById(fc.record({ id: idFrom('g'), kind: fc.constantFrom(...GOAL_KINDS), text: words, measure: words, deadline: fc.constantFrom('', '2026-06-30') }));
const channels = uniqueById(fc.record({ id: idFrom('c'), type: fc.constantFrom(...CHANNEL_TYPES), name: words, times: fc.integer({ min: 0, max: 4 }), per: fc.constantFrom(...PERIODS), minutes: fc.integer({ min: 0, max: 60 }) }));
const actions = uniqueById(fc.record({ id: idFrom('a'), title: fc.constantFrom('Nachfassen', 'Einladen'), due: fc.constantFrom('', '2026-04-01'), done: fc.boolean(), goalId: fc.constant(''), contactIds: fc.constant([] as string[]) }));
const planner: fc.Arbitrary<PlannerData> = fc.record({ contacts, goals, channels, actions }).map((parts) => ({ ...emptyPlanner(), ...parts }));

const envelope = (data: PlannerData, rev: number) => ({ v: plannerDefinition.version, rev, at: AT, data });

/** Every id path of a planner: `contacts/k1`, `contacts/k1/log/l2`, `goals/g3` … */
function idPaths(data: PlannerData): Set<string> {
  const paths = new Set<string>();
  for (const list of ['goals', 'channels', 'actions'] as const) for (const item of data[list]) paths.add(`${list}/${item.id}`);
  for (const c of data.contacts) {
    paths.add(`contacts/${c.id}`);
    for (const entry of c.log) paths.add(`contacts/${c.id}/log/${entry.id}`);
  }
  return paths;
}

describe('merging a backup into changed data (property)', () => {
  test('keeps every item of both sides at every level, and the preview counts what is written', () => {
    fc.assert(
      fc.property(planner, planner, (stored, backup) => {
        const storedText = JSON.stringify(envelope(stored, 3));
        const plan = planImport([{ key: plannerDefinition.key, tool: 'planer', envelope: envelope(backup, 1), migratedFrom: null }], ALL_DEFINITIONS, new Map([[plannerDefinition.key, storedText]]), 'merge', NOW);
        if (!plan.ok) {
          // Only allowed when the joined lists exceed the schema's limits; not with these sizes.
          throw new Error(`merge refused: ${JSON.stringify(plan.problem)}`);
        }
        const [item] = plan.items;
        const written = plan.writes.find(([key]) => key === plannerDefinition.key)?.[1] ?? storedText;
        const decoded = decodeStored(plannerDefinition, written);
        expect(decoded.ok).toBe(true);
        if (!decoded.ok) return;
        const result = decoded.envelope.data;
        expect(item!.after).toBe(countEntries(result, plannerDefinition.initial()));
        const kept = idPaths(result);
        for (const path of [...idPaths(stored), ...idPaths(backup)]) expect(kept.has(path), path).toBe(true);
        expect(kept.size).toBe(new Set([...idPaths(stored), ...idPaths(backup)]).size);
      }),
      { numRuns: 300 },
    );
  });

  test('the browser case: a log entry made after the backup survives the merge', () => {
    const backup = { ...emptyPlanner(), contacts: [contact({ id: 'k1', name: 'Ada', log: [{ id: 'l1', date: '2026-02-01', channel: 'email', note: 'alt' }] })] };
    const stored = { ...emptyPlanner(), contacts: [contact({ id: 'k1', name: 'Ada', log: [{ id: 'l1', date: '2026-02-01', channel: 'email', note: 'alt' }, { id: 'l2', date: '2026-02-20', channel: 'telefon', note: 'neu' }] })] };
    const plan = planImport([{ key: plannerDefinition.key, tool: 'planer', envelope: envelope(backup, 1), migratedFrom: null }], ALL_DEFINITIONS, new Map([[plannerDefinition.key, JSON.stringify(envelope(stored, 2))]]), 'merge', NOW);
    expect(plan).toMatchObject({ ok: true, items: [{ action: 'unchanged' }] });
  });
});
