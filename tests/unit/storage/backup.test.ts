import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  BACKUP_FORMAT,
  backupFileName,
  createBackup,
  isEncryptedBackup,
  planImport,
  readBackup,
  utf8Bytes,
  type BackupProblem,
  type ImportedRecord,
} from '../../../src/lib/storage/backup';
import { MAX_BACKUP_BYTES } from '../../../src/lib/storage/backup-limits';
import { metaDefinition } from '../../../src/lib/storage/meta-schema';
import { notesDefinition, prefsDefinition } from '../../fixtures/notes-schema';

const DEFS = [notesDefinition, prefsDefinition, metaDefinition];
const NOW = new Date('2026-03-01T10:00:00.000Z');
const AT = '2026-02-01T08:00:00.000Z';
const env = (v: number, rev: number, data: unknown) => JSON.stringify({ v, rev, at: AT, data });
const notes = (...ids: string[]) => ({ title: '', notes: ids.map((id) => ({ id, body: `Text ${id}`, pinned: false })) });
const file = (records: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 1, exportedAt: NOW.toISOString(), records, ...extra });

function records(text: string): ImportedRecord[] {
  const result = readBackup(text, DEFS);
  if (!result.ok) throw new Error(result.problem.code);
  return result.records;
}

describe('createBackup', () => {
  test('writes format name, format version, export time and every stored value', () => {
    const stored = new Map([
      [notesDefinition.key, env(3, 4, notes('a'))],
      [metaDefinition.key, env(2, 1, { lastBackup: '2026-03-01', firstEntry: null, snoozedUntil: null })],
    ]);
    const backup = createBackup(DEFS, stored, NOW);
    const parsed = JSON.parse(backup.text);
    expect(parsed).toEqual({
      format: 'netzwerk-kompass-backup',
      formatVersion: 1,
      exportedAt: '2026-03-01T10:00:00.000Z',
      records: {
        [notesDefinition.key]: { v: 3, rev: 4, at: AT, data: notes('a') },
        [metaDefinition.key]: { v: 2, rev: 1, at: AT, data: { lastBackup: '2026-03-01', firstEntry: null, snoozedUntil: null } },
      },
    });
    expect(backup.included).toEqual(['test-notizen', 'meta']);
    expect(backup.text.endsWith('\n')).toBe(true);
  });

  test('writes older stored data as migrated to the current version', () => {
    const backup = createBackup(DEFS, new Map([[notesDefinition.key, env(1, 2, { notes: ['x'] })]]), NOW);
    expect(JSON.parse(backup.text).records[notesDefinition.key]).toMatchObject({ v: 3, rev: 2, data: { notes: [{ id: 'n1', body: 'x' }] } });
  });

  test('leaves out what it cannot read and says so', () => {
    const backup = createBackup(DEFS, new Map([[notesDefinition.key, '{kaputt'], [prefsDefinition.key, env(7, 1, {})]]), NOW);
    expect(JSON.parse(backup.text).records).toEqual({});
    expect(backup.skipped).toEqual([
      { tool: 'test-notizen', issue: { code: 'damaged', tool: 'test-notizen' } },
      { tool: 'test-einstellungen', issue: { code: 'newerVersion', tool: 'test-einstellungen', version: 7, known: 1 } },
    ]);
  });
});

describe('backupFileName', () => {
  test('names the day and marks encrypted files', () => {
    expect(backupFileName('2026-03-01')).toBe('netzwerk-kompass-sicherung-2026-03-01.json');
    expect(backupFileName('2026-03-01', true)).toBe('netzwerk-kompass-sicherung-2026-03-01-verschluesselt.json');
  });
});

describe('readBackup', () => {
  test('accepts the released format 1 fixture and migrates its records', () => {
    const text = readFileSync(new URL('../../fixtures/backups/format-1.json', import.meta.url), 'utf8');
    const result = readBackup(text, DEFS);
    expect(result).toMatchObject({ ok: true, exportedAt: '2026-03-01T10:00:00.000Z' });
    if (!result.ok) return;
    expect(result.records.map((r) => [r.key, r.migratedFrom])).toEqual([[notesDefinition.key, 2], [metaDefinition.key, 1]]);
    expect(result.records[0]!.envelope.data).toEqual({ title: '', notes: [{ id: 'n1', body: 'Frau K. auf dem Branchentreff', pinned: false }] });
  });

  test('accepts a file that starts with a byte order mark', () => {
    expect(readBackup(`\uFEFF${file({})}`, DEFS)).toMatchObject({ ok: true, records: [] });
  });

  test.each<[string, string, BackupProblem]>([
    ['an empty file', '', { code: 'empty' }],
    ['only whitespace', ' \n ', { code: 'empty' }],
    ['text that is not JSON', 'Hallo', { code: 'notJson' }],
    ['a truncated backup', file({}).slice(0, 40), { code: 'notJson' }],
    ['JSON of another program', '{"version":1,"items":[]}', { code: 'foreign' }],
    ['a JSON array', '[]', { code: 'foreign' }],
    ['JSON null', 'null', { code: 'foreign' }],
    ['a newer file format', file({}, { formatVersion: 2 }), { code: 'newerFormat', version: 2, known: 1 }],
    ['format version 0', file({}, { formatVersion: 0 }), { code: 'foreign' }],
    ['a missing export date', JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 1, records: {} }), { code: 'incomplete' }],
    ['records as a list', file({}, { records: [] }), { code: 'incomplete' }],
    ['more records than the site ever stores', file(Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`nk:x${i}`, {}]))), { code: 'tooManyRecords' }],
    ['an unknown tool', file({ 'nk:zukunft': {} }), { code: 'unknownRecord', key: 'nk:zukunft' }],
    ['a __proto__ record', file({}).replace('"records":{}', '"records":{"__proto__":{"v":1,"rev":1,"at":"x","data":{}}}'), { code: 'hostileKey', key: '__proto__' }],
    ['a constructor record', file({ constructor: { prototype: { polluted: 1 } } }), { code: 'hostileKey', key: 'constructor' }],
    ['a prototype key deep inside a record', file({ [prefsDefinition.key]: { v: 1, rev: 1, at: AT, data: { theme: 'hell', reminderDays: 1, name: '', extra: { prototype: 1 } } } }), { code: 'hostileKey', key: 'prototype' }],
    ['a record from a newer version', file({ [prefsDefinition.key]: { v: 2, rev: 1, at: AT, data: {} } }), { code: 'recordNewer', issue: { code: 'newerVersion', tool: 'test-einstellungen', version: 2, known: 1 } }],
    ['a record that is not an envelope', file({ [prefsDefinition.key]: 'x' }), { code: 'recordDamaged', issue: { code: 'notEnvelope', tool: 'test-einstellungen' } }],
    ['a record that breaks the schema', file({ [prefsDefinition.key]: { v: 1, rev: 1, at: AT, data: { theme: 'lila', reminderDays: 1, name: '' } } }), { code: 'recordDamaged', issue: { code: 'wrongShapeAt', tool: 'test-einstellungen', path: 'theme' }, at: { items: [], field: 'theme', problem: 'invalid' } }],
  ])('refuses %s with its code', (_name, text, problem) => {
    expect(readBackup(text, DEFS)).toEqual({ ok: false, problem });
  });

  test('refuses a file over 5 MB without parsing it, naming the limit', () => {
    const huge = file({ [prefsDefinition.key]: { v: 1, rev: 1, at: AT, data: { name: 'x'.repeat(MAX_BACKUP_BYTES) } } });
    expect(readBackup(huge, DEFS)).toEqual({ ok: false, problem: { code: 'tooLarge', mb: 5 } });
  });

  test('counts the limit in UTF-8 bytes, not characters', () => {
    const text = 'ä'.repeat(MAX_BACKUP_BYTES / 2 + 1);
    expect(utf8Bytes(text)).toBe(MAX_BACKUP_BYTES + 2);
    expect(readBackup(text, DEFS)).toMatchObject({ problem: { code: 'tooLarge' } });
  });

  test('shortens long text from the file before quoting it', () => {
    const result = readBackup(file({ [`nk:${'x'.repeat(500)}`]: {} }), DEFS);
    expect(result).toEqual({ ok: false, problem: { code: 'unknownRecord', key: `nk:${'x'.repeat(56)}…` } });
  });

  test('recognises an encrypted backup and asks for the passphrase', () => {
    expect(readBackup('{"format":"netzwerk-kompass-backup-verschluesselt"}', DEFS)).toEqual({ ok: false, problem: { code: 'encrypted' } });
    expect(isEncryptedBackup({ format: 'netzwerk-kompass-backup-verschluesselt' })).toBe(true);
    expect(isEncryptedBackup(null)).toBe(false);
  });

  test('lists records in the order of the definitions, whatever the file says', () => {
    const text = file({ [metaDefinition.key]: { v: 2, rev: 1, at: AT, data: { lastBackup: null, firstEntry: null, snoozedUntil: null } }, [notesDefinition.key]: { v: 3, rev: 1, at: AT, data: notes() } });
    expect(records(text).map((r) => r.key)).toEqual([notesDefinition.key, metaDefinition.key]);
  });
});

describe('planImport', () => {
  const incoming = records(file({ [notesDefinition.key]: { v: 3, rev: 2, at: AT, data: notes('b', 'c') } }));

  test('adds a value that is not stored yet, keeping its revision and time', () => {
    const plan = planImport(incoming, DEFS, new Map(), 'replace', NOW);
    expect(plan).toEqual({
      ok: true,
      canMerge: false,
      items: [{ key: notesDefinition.key, tool: 'test-notizen', current: null, currentState: 'empty', incoming: 2, after: 2, action: 'add', mergeable: false }],
      writes: [[notesDefinition.key, env(3, 2, notes('b', 'c'))]],
    });
  });

  test('replaces stored data with a revision above the stored one', () => {
    const plan = planImport(incoming, DEFS, new Map([[notesDefinition.key, env(3, 40, notes('a'))]]), 'replace', NOW);
    if (!plan.ok) throw new Error(plan.problem.code);
    expect(plan.items[0]).toMatchObject({ current: 1, incoming: 2, after: 2, action: 'replace', mergeable: true });
    expect(JSON.parse(plan.writes[0]![1])).toMatchObject({ rev: 41, at: AT, data: notes('b', 'c') });
    expect(plan.canMerge).toBe(true);
  });

  test('merges by id when asked and the definition can', () => {
    const plan = planImport(incoming, DEFS, new Map([[notesDefinition.key, env(3, 5, notes('a', 'b'))]]), 'merge', NOW);
    if (!plan.ok) throw new Error(plan.problem.code);
    expect(plan.items[0]).toMatchObject({ current: 2, incoming: 2, after: 3, action: 'merge' });
    expect(JSON.parse(plan.writes[0]![1])).toEqual({ v: 3, rev: 6, at: NOW.toISOString(), data: notes('a', 'b', 'c') });
  });

  test('replaces values whose definition cannot merge, even when merging was chosen', () => {
    const prefs = records(file({ [prefsDefinition.key]: { v: 1, rev: 1, at: AT, data: { theme: 'hell', reminderDays: 1, name: '' } } }));
    const plan = planImport(prefs, DEFS, new Map([[prefsDefinition.key, env(1, 1, { theme: 'dunkel', reminderDays: 1, name: '' })]]), 'merge', NOW);
    expect(plan).toMatchObject({ ok: true, canMerge: false, items: [{ action: 'replace', mergeable: false }] });
  });

  test('writes nothing for data that is already stored', () => {
    const plan = planImport(incoming, DEFS, new Map([[notesDefinition.key, env(3, 9, notes('b', 'c'))]]), 'replace', NOW);
    expect(plan).toMatchObject({ ok: true, items: [{ action: 'unchanged' }], writes: [] });
  });

  test('keeps the later backup date when merging the meta value', () => {
    const meta = records(file({ [metaDefinition.key]: { v: 2, rev: 1, at: AT, data: { lastBackup: '2026-01-01', firstEntry: null, snoozedUntil: null } } }));
    const plan = planImport(meta, DEFS, new Map([[metaDefinition.key, env(2, 1, { lastBackup: '2026-02-01', firstEntry: null, snoozedUntil: null })]]), 'merge', NOW);
    expect(plan).toMatchObject({ ok: true, items: [{ action: 'unchanged' }] });
  });

  test('refuses a record no definition knows, naming its key', () => {
    const plan = planImport([{ key: 'nk:zukunft', tool: 'zukunft', envelope: { v: 1, rev: 1, at: AT, data: {} }, migratedFrom: null }], DEFS, new Map(), 'replace', NOW);
    expect(plan).toEqual({ ok: false, problem: { code: 'unknownRecord', key: 'nk:zukunft' } });
  });

  test('refuses to write over data from a newer version of the site', () => {
    const plan = planImport(incoming, DEFS, new Map([[notesDefinition.key, env(4, 1, {})]]), 'replace', NOW);
    expect(plan).toEqual({ ok: false, problem: { code: 'newerStored', tool: 'test-notizen' } });
  });

  test('replaces unreadable stored data and says it was unreadable', () => {
    const plan = planImport(incoming, DEFS, new Map([[notesDefinition.key, '{kaputt']]), 'merge', NOW);
    expect(plan).toMatchObject({ ok: true, items: [{ currentState: 'unreadable', current: null, action: 'replace', mergeable: false }] });
  });

  test('refuses a merge whose result breaks the schema', () => {
    const many = (prefix: string) => ({ title: '', notes: Array.from({ length: 150 }, (_, i) => ({ id: `${prefix}${i}`, body: '', pinned: false })) });
    const big = records(file({ [notesDefinition.key]: { v: 3, rev: 1, at: AT, data: many('x') } }));
    const plan = planImport(big, DEFS, new Map([[notesDefinition.key, env(3, 1, many('y'))]]), 'merge', NOW);
    expect(plan).toEqual({ ok: false, problem: { code: 'mergeTooLarge', tool: 'test-notizen' } });
  });
});
