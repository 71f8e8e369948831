/**
 * A backup that does not fit its schema is refused with the place in human terms: the tool, the
 * item of the list counted from 1, the field, and what is wrong with it.
 */
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { datenTexts } from '../../../src/i18n/de/daten';
import { importProblemText, locationText } from '../../../src/islands/daten/words';
import { readBackup, BACKUP_FORMAT } from '../../../src/lib/storage/backup';
import { ALL_DEFINITIONS } from '../../../src/lib/storage/stored-definitions';
import { issueLocation } from '../../../src/lib/storage/issue-location';
import { metaDefinition } from '../../../src/lib/storage/meta-schema';
import { plannerDefinition, plannerSchema } from '../../../src/lib/planner/planner-schema';
import { plannerStates } from '../../fixtures/planner-states';

const AT = '2026-02-01T08:00:00.000Z';
const backup = (records: Record<string, unknown>) => JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 1, exportedAt: AT, records });
const planner = (data: unknown, version = plannerDefinition.version) => backup({ [plannerDefinition.key]: { v: version, rev: 1, at: AT, data } });
const complete = plannerStates.complete;
const withContact = (i: number, change: Record<string, unknown>) => ({ ...complete, contacts: complete.contacts.map((c, j) => (j === i ? { ...c, ...change } : c)) });
const message = (text: string) => {
  const result = readBackup(text, ALL_DEFINITIONS);
  if (result.ok) throw new Error('accepted');
  return importProblemText(datenTexts, result.problem);
};

describe('issueLocation', () => {
  const first = (data: unknown) => v.safeParse(plannerSchema, data).issues![0];

  test('counts items from 1 and names the field and the problem', () => {
    expect(issueLocation(first(withContact(1, { birthday: '02-30' })))).toEqual({ items: [{ list: 'contacts', n: 2 }], field: 'birthday', problem: 'date' });
    const { name: _, ...nameless } = complete.contacts[0]!;
    expect(issueLocation(first({ ...complete, contacts: [nameless] }))).toEqual({ items: [{ list: 'contacts', n: 1 }], field: 'name', problem: 'missing' });
    expect(issueLocation(first(withContact(0, { name: 'x'.repeat(121) })))).toEqual({ items: [{ list: 'contacts', n: 1 }], field: 'name', problem: 'tooLong' });
    expect(issueLocation(first({ ...complete, owner: 5 }))).toEqual({ items: [], field: 'owner', problem: 'invalid' });
  });

  test('follows lists in lists, and names an item that is no object', () => {
    const log = [complete.contacts[0]!.log[0]!, { ...complete.contacts[0]!.log[0]!, date: '2026-02-29' }];
    expect(issueLocation(first(withContact(0, { log })))).toEqual({ items: [{ list: 'contacts', n: 1 }, { list: 'log', n: 2 }], field: 'date', problem: 'date' });
    expect(issueLocation(first({ ...complete, goals: [7] }))).toEqual({ items: [{ list: 'goals', n: 1 }], field: '', problem: 'invalid' });
  });
});

describe('import messages', () => {
  test('an impossible birthday names Planer, the contact counted from 1 and the field', () => {
    expect(message(planner(withContact(3, { birthday: '02-30' })))).toBe('Planer, Kontakt 4: „Geburtstag“ ist kein gültiges Datum. Es wurde nichts geändert.');
  });

  test('a missing name', () => {
    const { name: _, ...nameless } = complete.contacts[3]!;
    const contacts = complete.contacts.map((c, i) => (i === 3 ? nameless : c));
    expect(message(planner({ ...complete, contacts }))).toBe('Planer, Kontakt 4: Das Feld „Name“ fehlt. Es wurde nichts geändert.');
  });

  test('an impossible day in a contact’s log, an action’s due day, the last backup', () => {
    const log = [{ ...complete.contacts[0]!.log[0]!, date: '2026-04-31' }];
    expect(message(planner(withContact(0, { log })))).toContain('Planer, Kontakt 1, Begegnung 1: „Datum“ ist kein gültiges Datum.');
    expect(message(planner({ ...complete, actions: [{ ...complete.actions[0]!, due: '2026-02-30' }] }))).toContain('Planer, Aktion 1: „Fällig am“ ist kein gültiges Datum.');
    expect(message(backup({ [metaDefinition.key]: { v: 1, rev: 1, at: AT, data: { lastBackup: '2026-02-31' } } }))).toContain('Datum der letzten Sicherung: „Letzte Sicherung“ ist kein gültiges Datum.');
  });

  test('an old backup (planner version 1) with an impossible birthday is migrated, not refused', () => {
    const result = readBackup(planner(withContact(3, { birthday: '02-30' }), 1), ALL_DEFINITIONS);
    expect(result.ok).toBe(true);
    if (result.ok) expect((result.records[0]!.envelope.data as typeof complete).contacts[3]!.birthday).toBe('');
  });

  test('hostile keys get their own message, wherever they are', () => {
    const hostile = planner(complete).replace('"goals":', '"__proto__":{"x":1},"goals":');
    expect(message(hostile)).toBe('Die Datei enthält einen Eintrag namens „__proto__“. So etwas schreibt Netzwerk-Kompass nie; aus Sicherheitsgründen wird die Datei nicht gelesen. Vermutlich wurde sie verändert. Es wurde nichts geändert.');
    expect(message(backup({ constructor: {} }))).toMatch(/^Die Datei enthält einen Eintrag namens „constructor“\./);
    expect(message(backup({ constructor: {} }))).not.toMatch(/neueren Version/);
  });

  test('a list or field the dictionary does not name stands for itself; an item that is no object', () => {
    expect(locationText(datenTexts, 'planer', { items: [{ list: 'zukunft', n: 2 }, { list: '', n: 3 }], field: 'neu', problem: 'invalid' })).toBe('Planer, zukunft 2, Eintrag 3: Das Feld „neu“ hat einen ungültigen Wert.');
    expect(locationText(datenTexts, 'planer', { items: [{ list: 'goals', n: 1 }], field: '', problem: 'invalid' })).toBe('Planer, Ziel 1: Dieser Eintrag passt nicht zum erwarteten Aufbau.');
    expect(locationText(datenTexts, 'planer', { items: [], field: 'toString', problem: 'invalid' })).toBe('Planer: Das Feld „toString“ hat einen ungültigen Wert.');
  });
});
