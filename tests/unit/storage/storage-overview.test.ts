import { describe, expect, test } from 'vitest';
import { describeStorage, kilobytes, quarantineFileName, storedBytes } from '../../../src/lib/storage/storage-overview';
import { catalogueOf } from '../../../src/lib/storage/catalogue';
import { BACKUP_REMINDER_DAYS, BACKUP_REMINDER_INPUT_MS, hasStoredEntries, latestEntry, isBackupDue } from '../../../src/lib/storage/backup-due';
import { metaDefinition } from '../../../src/lib/storage/meta-schema';
import { notesDefinition, prefsDefinition } from '../../fixtures/notes-schema';

const DEFS = catalogueOf([notesDefinition, prefsDefinition, metaDefinition]);
const AT = '2026-02-01T08:00:00.000Z';
const env = (v: number, data: unknown, at = AT) => JSON.stringify({ v, rev: 1, at, data });

describe('describeStorage', () => {
  test('lists every definition with state, entries, size and last change', () => {
    const notes = env(3, { title: '', notes: [{ id: 'a', body: 'x', pinned: false }, { id: 'b', body: 'y', pinned: false }] });
    const overview = describeStorage(DEFS, new Map([[notesDefinition.key, notes], [prefsDefinition.key, '{kaputt'], [metaDefinition.key, env(9, {})]]));
    expect(overview.values).toEqual([
      { key: notesDefinition.key, tool: 'test-notizen', state: 'ok', entries: 2, bytes: storedBytes(notesDefinition.key, notes), lastChange: AT },
      { key: prefsDefinition.key, tool: 'test-einstellungen', state: 'unreadable', entries: null, bytes: storedBytes(prefsDefinition.key, '{kaputt'), lastChange: null },
      { key: metaDefinition.key, tool: 'meta', state: 'newer', entries: null, bytes: expect.any(Number), lastChange: null },
    ]);
    expect(overview.hasNewer).toBe(true);
  });

  test('says when no value is from a newer version', () => {
    expect(describeStorage(DEFS, new Map([[prefsDefinition.key, '{kaputt']])).hasNewer).toBe(false);
  });

  test('needs no schema: older and schema-breaking data count as stored, with their entries', () => {
    const overview = describeStorage(DEFS, new Map([[notesDefinition.key, env(1, { notes: ['a', 'b'] })], [prefsDefinition.key, env(1, { theme: 'lila' })]]));
    expect(overview.values.slice(0, 2).map((v) => [v.state, v.entries])).toEqual([['ok', 2], ['ok', 1]]);
  });

  test('calls schema-breaking data unreadable once its exact text was put aside, and only then', () => {
    const raw = env(1, { theme: 'lila' });
    const stored = new Map([[prefsDefinition.key, raw]]);
    expect(describeStorage(DEFS, stored, new Set([raw])).values[1]).toMatchObject({ state: 'unreadable', entries: null });
    expect(describeStorage(DEFS, stored, new Set([`${raw} `])).values[1]).toMatchObject({ state: 'ok', entries: 1 });
  });

  test.each([['not JSON', '{kaputt'], ['no envelope', '[1,2]'], ['version 0', '{"v":0,"data":{}}'], ['no data', '{"v":1}'], ['null', 'null']])('calls %s unreadable', (_name, raw) => {
    expect(describeStorage(DEFS, new Map([[notesDefinition.key, raw]])).values[0]!.state).toBe('unreadable');
  });

  test('builds its catalogue from definitions without their schemas', () => {
    expect(catalogueOf([metaDefinition])).toEqual([{ key: 'nk:meta', version: 2, initial: { lastBackup: null, firstEntry: null, snoozedUntil: null } }]);
    expect(JSON.parse(JSON.stringify(catalogueOf([notesDefinition, prefsDefinition])))).toEqual(catalogueOf([notesDefinition, prefsDefinition]));
  });

  test('counts only what differs from a fresh state', () => {
    const overview = describeStorage(DEFS, new Map([[prefsDefinition.key, env(1, { theme: 'system', reminderDays: 30, name: 'Ada' })]]));
    expect(overview.values[1]).toMatchObject({ state: 'ok', entries: 1 });
  });

  test('shows nothing stored as empty, and keys no definition knows as others', () => {
    const overview = describeStorage(DEFS, new Map([['nk:zukunft', 'abc']]));
    expect(overview.values.every((v) => v.state === 'empty' && v.bytes === 0)).toBe(true);
    expect(overview.others).toEqual([{ key: 'nk:zukunft', bytes: 13 }]);
    expect(overview.othersBytes).toBe(13);
    expect(overview.totalBytes).toBe(13);
  });

  test('does not show a last change it cannot read as a date', () => {
    const overview = describeStorage(catalogueOf([prefsDefinition]), new Map([[prefsDefinition.key, env(1, { theme: 'hell', reminderDays: 1, name: '' }, 'gestern')]]));
    expect(overview.values[0]).toMatchObject({ state: 'ok', lastChange: null });
  });
});

describe('quarantineFileName', () => {
  test('names the put-aside value, with nothing but letters, digits and dashes', () => {
    expect(quarantineFileName('nk:quarantaene:planer:17')).toBe('netzwerk-kompass-beiseitegelegt-quarantaene-planer-17.txt');
  });
});

describe('storedBytes', () => {
  test('counts UTF-8 bytes of key and value', () => {
    expect(storedBytes('nk:a', 'ä😀')).toBe(4 + 2 + 4);
  });
});

describe('hasStoredEntries', () => {
  const ignoreMeta = (key: string) => key === metaDefinition.key;

  test('is false when nothing, only bookkeeping or only empty values are stored', () => {
    expect(hasStoredEntries(new Map(), ignoreMeta)).toBe(false);
    expect(hasStoredEntries(new Map([[metaDefinition.key, env(1, { lastBackup: '2026-01-01' })], [notesDefinition.key, env(3, { title: '', notes: [] })]]), ignoreMeta)).toBe(false);
  });

  test('with a catalogue, a value in its fresh state does not count', () => {
    expect(hasStoredEntries(new Map([[prefsDefinition.key, env(1, prefsDefinition.initial())]]), ignoreMeta, DEFS)).toBe(false);
    expect(hasStoredEntries(new Map([[prefsDefinition.key, env(1, { ...prefsDefinition.initial(), name: 'Ada' })]]), ignoreMeta, DEFS)).toBe(true);
  });

  test('is true with a filled-in field or list item, also of a value this version does not know', () => {
    expect(hasStoredEntries(new Map([[prefsDefinition.key, env(1, { theme: 'hell', reminderDays: 1, name: '' })]]), ignoreMeta)).toBe(true);
    expect(hasStoredEntries(new Map([['nk:zukunft', env(7, { items: ['x'] })]]), ignoreMeta)).toBe(true);
  });

  test('is true for data it cannot read, which is worth saving too', () => {
    expect(hasStoredEntries(new Map([[notesDefinition.key, '{kaputt']]), ignoreMeta)).toBe(true);
  });
});

describe('latestEntry', () => {
  test('gives the newest change time of the values with entries; unreadable data counts as time 0', () => {
    const at = (iso: string) => JSON.stringify({ v: 1, rev: 1, at: iso, data: { items: ['x'] } });
    expect(latestEntry(new Map([['nk:a', at('2026-03-01T10:05:00.000Z')], ['nk:b', at('2026-03-01T10:00:00.000Z')]]), () => false)).toBe(Date.parse('2026-03-01T10:05:00.000Z'));
    expect(latestEntry(new Map([['nk:b', '{kaputt']]), () => false)).toBe(0);
    expect(latestEntry(new Map([[notesDefinition.key, env(3, { title: '', notes: [] })]]), () => false)).toBeNull();
  });
});

describe('isBackupDue', () => {
  const T0 = Date.parse('2026-03-01T10:00:00');
  const after = (minutes: number) => T0 + minutes * 60_000;
  const due = (over: Partial<Parameters<typeof isBackupDue>[0]>) =>
    isBackupDue({ latest: after(BACKUP_REMINDER_INPUT_MS / 60_000), firstEntry: T0, lastBackup: null, snoozedUntil: null, today: '2026-03-01', ...over });

  test('never without data, or before the first entry was noted', () => {
    expect(due({ latest: null })).toBe(false);
    expect(due({ firstEntry: null })).toBe(false);
  });

  test('not during the first ten minutes of input on the first day, but after them', () => {
    expect(due({ latest: after(0) })).toBe(false);
    expect(due({ latest: after(9) })).toBe(false);
    expect(due({ latest: after(10) })).toBe(true);
  });

  test('on a later day with the entries still there, however short the input was', () => {
    expect(due({ latest: after(0), today: '2026-03-02' })).toBe(true);
    expect(due({ latest: T0 - 86_400_000, today: '2026-03-02' })).toBe(true); // data older than the first sight
  });

  test('with data and no backup ever', () => {
    expect(due({ lastBackup: null })).toBe(true);
  });

  test(`only once the last backup is more than ${BACKUP_REMINDER_DAYS} days old`, () => {
    expect(due({ lastBackup: '2026-01-30' })).toBe(false); // 30 days
    expect(due({ lastBackup: '2026-01-29' })).toBe(true); // 31 days
  });

  test('not for a backup date in the future (clock changed)', () => {
    expect(due({ lastBackup: '2027-01-01' })).toBe(false);
  });

  test('not while snoozed: hidden until the day the snooze ends, shown from that day on', () => {
    expect(due({ snoozedUntil: '2026-03-08', today: '2026-03-07' })).toBe(false);
    expect(due({ snoozedUntil: '2026-03-08', today: '2026-03-08' })).toBe(true);
  });
});

describe('kilobytes', () => {
  test.each([
    [0, 0, 0],
    [10, 0.1, 1],
    [1536, 1.5, 1],
    [20_480, 20, 0],
    [5 * 1024 * 1024, 5120, 0],
  ])('%i bytes are %d KB with %i decimals', (bytes, kb, decimals) => {
    expect(kilobytes(bytes)).toEqual({ kb, decimals });
  });
});
