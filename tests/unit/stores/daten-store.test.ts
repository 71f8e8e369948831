/**
 * The /daten/ store (src/stores/daten.ts) in a fake browser: the actions behind each button.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Origin, openTab, quotaError } from '../support/fake-browser';
import { ALL_DEFINITIONS } from '../../../src/lib/storage/stored-definitions';
import { catalogueOf } from '../../../src/lib/storage/catalogue';
import { candidatesDefinition } from '../../../src/lib/fit/candidates-schema';

afterEach(() => vi.unstubAllGlobals());

const AT = '2026-02-01T08:00:00.000Z';
const NOW = new Date('2026-03-01T10:00:00.000Z');

async function open(seed: Record<string, string> = {}) {
  const origin = new Origin();
  for (const [k, value] of Object.entries(seed)) origin.data.set(k, value);
  // The page's store and its lazily loaded backup part, as one object for brevity.
  const tab = await openTab(origin, async () => ({
    daten: { ...(await import('../../../src/stores/daten')), ...(await import('../../../src/stores/daten-import')), ...(await import('../../../src/stores/daten-backup')) },
    meta: await import('../../../src/stores/backup-reminder'),
  }));
  return { origin, tab, ...tab.modules };
}

const fileOf = (text: string, name = 'sicherung.json') => ({ name, size: new TextEncoder().encode(text).length, text: vi.fn(async () => text) });
const backupText = (records: Record<string, unknown>) => JSON.stringify({ format: 'netzwerk-kompass-backup', formatVersion: 1, exportedAt: AT, records });

describe('makeBackup', () => {
  test('notes today as the last backup and puts that date into the file', async () => {
    const { origin, daten } = await open();
    const download = await daten.makeBackup(NOW);
    expect(download.name).toMatch(/^netzwerk-kompass-sicherung-2026-03-0[12]\.json$/);
    const file = JSON.parse(download.text);
    expect(file.records['nk:meta'].data.lastBackup).toBe(JSON.parse(origin.data.get('nk:meta')!).data.lastBackup);
    expect(daten.$meta.get().lastBackup).not.toBeNull();
  });

  test('an encrypted backup opens again with its passphrase and lands in the preview', async () => {
    const { daten } = await open();
    const download = await daten.makeEncryptedBackup('ein langes Passwort', NOW);
    expect(download.name).toMatch(/-verschluesselt\.json$/);
    await daten.chooseFile(fileOf(download.text));
    expect(daten.$import.get()).toMatchObject({ step: 'locked', wrongPassphrase: false });
    await daten.unlockImport('falsch');
    expect(daten.$import.get()).toMatchObject({ step: 'locked', wrongPassphrase: true });
    await daten.unlockImport('ein langes Passwort');
    expect(daten.$import.get()).toMatchObject({ step: 'preview', records: [expect.objectContaining({ key: 'nk:meta' })] });
  });
});

describe('import', () => {
  test('a file over 5 MB is refused before it is read', async () => {
    const { daten } = await open();
    const file = { name: 'gross.json', size: 5 * 1024 * 1024 + 1, text: vi.fn(async () => '') };
    await daten.chooseFile(file);
    expect(file.text).not.toHaveBeenCalled();
    expect(daten.$import.get()).toMatchObject({ step: 'error', problem: { code: 'tooLarge', mb: 5 } });
  });

  test('a foreign file shows its error and changes nothing', async () => {
    const { origin, daten } = await open({ 'nk:meta': JSON.stringify({ v: 2, rev: 1, at: AT, data: { lastBackup: '2026-01-01', firstEntry: null, snoozedUntil: null } }) });
    const before = origin.dump();
    await daten.chooseFile(fileOf('{"hello":"world"}', '<img src=x onerror=alert(1)>.json'));
    expect(daten.$import.get()).toEqual({ step: 'error', fileName: '<img src=x onerror=alert(1)>.json', problem: { code: 'foreign' } });
    expect(origin.dump()).toEqual(before);
  });

  test('preview, then apply: data replaced in one step, snapshot kept, one click restores', async () => {
    const old = JSON.stringify({ v: 2, rev: 3, at: AT, data: { lastBackup: '2026-01-01', firstEntry: null, snoozedUntil: null } });
    const { origin, daten } = await open({ 'nk:meta': old });
    await daten.chooseFile(fileOf(backupText({ 'nk:meta': { v: 2, rev: 1, at: AT, data: { lastBackup: '2025-12-24', firstEntry: null, snoozedUntil: null } } })));
    expect(daten.$importPlan.get()).toMatchObject({ ok: true, canMerge: true, items: [{ key: 'nk:meta', action: 'replace', current: 1, incoming: 1 }] });
    expect(await daten.applyImport(NOW)).toEqual({ ok: true });
    expect(daten.$meta.get().lastBackup).toBe('2025-12-24');
    expect(JSON.parse(origin.data.get('nk:meta')!).rev).toBe(4);
    expect(daten.$import.get()).toMatchObject({ step: 'done', outcome: 'imported' });
    expect(daten.$snapshots.get()).toMatchObject([{ at: NOW.toISOString(), cause: { code: 'beforeImport', exportedAt: AT, fileName: 'sicherung.json' }, tools: ['meta'] }]);
    expect(await daten.restorePrevious(NOW)).toEqual({ ok: true });
    expect(origin.data.get('nk:meta')).toBe(old);
    expect(daten.$meta.get().lastBackup).toBe('2026-01-01');
  });

  test('merge keeps the later backup date', async () => {
    const { daten } = await open({ 'nk:meta': JSON.stringify({ v: 2, rev: 3, at: AT, data: { lastBackup: '2026-01-01', firstEntry: null, snoozedUntil: null } }) });
    await daten.chooseFile(fileOf(backupText({ 'nk:meta': { v: 2, rev: 1, at: AT, data: { lastBackup: '2025-12-24', firstEntry: null, snoozedUntil: null } } })));
    daten.setImportMode('merge');
    expect(daten.$importPlan.get()).toMatchObject({ ok: true, items: [{ action: 'unchanged' }] });
    await daten.applyImport(NOW);
    expect(daten.$import.get()).toMatchObject({ step: 'done', outcome: 'nothingNew' });
    expect(daten.$meta.get().lastBackup).toBe('2026-01-01');
  });

  test('a full storage during apply changes nothing and says so', async () => {
    const { origin, daten } = await open();
    await daten.chooseFile(fileOf(backupText({ 'nk:meta': { v: 2, rev: 1, at: AT, data: { lastBackup: '2025-12-24', firstEntry: null, snoozedUntil: null } } })));
    origin.failWrites = quotaError('code22');
    expect(await daten.applyImport(NOW)).toEqual({ ok: false, problem: { code: 'noSnapshotRoom' } });
    origin.failWrites = null;
    expect(origin.dump()).toEqual({});
    expect(daten.$import.get()).toMatchObject({ step: 'preview' });
  });

  test('a tab that missed another tab’s change shows the new preview instead of applying the old one', async () => {
    const { origin, daten } = await open();
    await daten.chooseFile(fileOf(backupText({ 'nk:meta': { v: 2, rev: 1, at: AT, data: { lastBackup: '2025-12-24', firstEntry: null, snoozedUntil: null } } })));
    const off = daten.$importPlan.listen(() => {});
    expect(daten.$importPlan.get()).toMatchObject({ items: [{ action: 'add' }] });
    origin.tabs[0]!.frozen = true;
    const newer = JSON.stringify({ v: 2, rev: 9, at: AT, data: { lastBackup: '2026-02-02', firstEntry: null, snoozedUntil: null } });
    origin.setFromOutside('nk:meta', newer);
    expect(await daten.applyImport(NOW)).toEqual({ ok: false, problem: { code: 'changedElsewhere' } });
    expect(origin.data.get('nk:meta')).toBe(newer);
    expect(daten.$importPlan.get()).toMatchObject({ items: [{ action: 'replace' }] });
    expect(await daten.applyImport(NOW)).toEqual({ ok: true });
    expect(JSON.parse(origin.data.get('nk:meta')!).data.lastBackup).toBe('2025-12-24');
    off();
  });

  test('the preview follows changes another tab makes meanwhile', async () => {
    const { origin, daten } = await open();
    await daten.chooseFile(fileOf(backupText({ 'nk:meta': { v: 2, rev: 1, at: AT, data: { lastBackup: '2025-12-24', firstEntry: null, snoozedUntil: null } } })));
    const seen: unknown[] = [];
    daten.$importPlan.subscribe((plan) => seen.push(plan));
    origin.setFromOutside('nk:meta', JSON.stringify({ v: 2, rev: 9, at: AT, data: { lastBackup: '2026-02-02', firstEntry: null, snoozedUntil: null } }));
    origin.tabs[0]!.deliver();
    expect(seen.at(-1)).toMatchObject({ ok: true, items: [{ action: 'replace', current: 1 }] });
  });
});

describe('overview', () => {
  test('lists every catalogue entry, shows other keys of ours and the total size', async () => {
    const { daten } = await open({ 'nk:meta': JSON.stringify({ v: 2, rev: 1, at: AT, data: { lastBackup: '2026-01-01', firstEntry: null, snoozedUntil: null } }), 'nk:zukunft': 'x', 'nk:quarantaene:meta': 'y', fremd: 'z' });
    const catalogue = catalogueOf(ALL_DEFINITIONS);
    const overview = daten.overviewOf(catalogue).get();
    expect(overview.values.map((v) => v.key)).toEqual(ALL_DEFINITIONS.map((d) => d.key));
    expect(overview.values.find((v) => v.key === 'nk:meta')).toMatchObject({ state: 'ok', entries: 1, lastChange: AT });
    expect(overview.others).toEqual([{ key: 'nk:zukunft', bytes: 11 }]);
    expect(daten.$quarantined.get()).toEqual([{ key: 'nk:quarantaene:meta', tool: 'meta', bytes: 20 }]);
    expect(daten.$totalBytes.get()).toBeGreaterThan(overview.totalBytes);
    expect(daten.overviewOf(catalogue)).toBe(daten.overviewOf(catalogue));
  });
});

describe('deleteEverything', () => {
  test('leaves no key of ours, keeps other sites’ data, and resets the last-backup date', async () => {
    const { origin, daten } = await open({ fremd: 'bleibt', 'nk:zukunft': 'x', 'nk:quarantaene:meta': 'y' });
    await daten.makeBackup(NOW);
    daten.deleteEverything();
    expect(origin.dump()).toEqual({ fremd: 'bleibt' });
    expect(daten.$meta.get().lastBackup).toBeNull();
    expect(daten.$anythingStored.get()).toBe(false);
  });
});

describe('deleteData', () => {
  const META = JSON.stringify({ v: 2, rev: 1, at: AT, data: { lastBackup: '2026-01-01', firstEntry: null, snoozedUntil: null } });

  test('keeps the data as a snapshot „vor dem Löschen“ first, removes it, and one restore brings it back byte-identical', async () => {
    const { origin, daten } = await open({ 'nk:meta': META, 'nk:quarantaene:planer': 'kaputt', fremd: 'bleibt' });
    expect(await daten.deleteData(NOW)).toEqual({ ok: true });
    expect(daten.dataKeys()).toEqual([]);
    expect(daten.$meta.get().lastBackup).toBeNull();
    // Snapshots and put-aside data stay: the delete is undoable and loses nothing.
    expect(origin.data.get('nk:quarantaene:planer')).toBe('kaputt');
    expect(daten.$snapshots.get()).toEqual([expect.objectContaining({ cause: { code: 'beforeDelete' }, tools: ['meta'] })]);
    expect(await daten.restorePrevious(NOW)).toEqual({ ok: true });
    expect(origin.data.get('nk:meta')).toBe(META);
    expect(daten.$meta.get().lastBackup).toBe('2026-01-01');
  });

  test('deletes nothing when storage has no room for the snapshot', async () => {
    const { origin, daten } = await open({ 'nk:meta': META });
    origin.failWrites = quotaError('standard');
    expect(await daten.deleteData(NOW)).toEqual({ ok: false, problem: { code: 'noSnapshotRoom' } });
    origin.failWrites = null;
    expect(origin.dump()).toEqual({ 'nk:meta': META });
  });
});

describe('inspectStorage', () => {
  const INVALID = JSON.stringify({ v: 2, rev: 4, at: AT, data: { candidates: 'kein Array' } });

  test('puts aside a value without an envelope and one its schema refuses; leaves valid and newer data alone', async () => {
    const newer = JSON.stringify({ v: 99, rev: 1, at: AT, data: {} });
    const { origin, daten } = await open({ 'nk:planer': '{"v":1,', 'nk:netzwerk-check': INVALID, 'nk:selbsttest': newer });
    expect(await daten.inspectStorage()).toEqual([]);
    expect(origin.data.get('nk:quarantaene:planer')).toBe('{"v":1,');
    expect(origin.data.get('nk:quarantaene:netzwerk-check')).toBe(INVALID);
    expect(origin.data.get('nk:quarantaene:selbsttest')).toBeUndefined();
    // The originals stay in place for their tools; a second look copies nothing twice.
    expect(origin.data.get('nk:netzwerk-check')).toBe(INVALID);
    await daten.inspectStorage();
    expect([...origin.data.keys()].filter((key) => key.startsWith('nk:quarantaene:'))).toHaveLength(2);
  });

  test('what finds no room is listed in $notPutAside with its raw text, and no quarantine key pretends otherwise', async () => {
    const { origin, daten } = await open({ 'nk:netzwerk-check': INVALID });
    origin.failWrites = quotaError('standard');
    expect(await daten.inspectStorage()).toEqual([{ key: 'nk:netzwerk-check', tool: 'netzwerk-check', text: INVALID }]);
    expect(daten.$notPutAside.get()).toHaveLength(1);
    expect(daten.$quarantined.get()).toEqual([]);
  });

  test('a schema-refused value put aside by the first look stays byte-identical when an import replaces the original', async () => {
    const { origin, daten } = await open({ 'nk:netzwerk-check': INVALID });
    void daten.inspect();
    await daten.chooseFile(fileOf(backupText({ 'nk:netzwerk-check': { v: 2, rev: 1, at: AT, data: candidatesDefinition.initial() } })));
    expect(await daten.applyImport(NOW)).toEqual({ ok: true });
    expect(origin.data.get('nk:netzwerk-check')).not.toBe(INVALID);
    expect(origin.data.get('nk:quarantaene:netzwerk-check')).toBe(INVALID);
  });
});

describe('latestEntryOf', () => {
  test('is false while only the backup date is stored', async () => {
    const { meta, daten } = await open();
    await daten.makeBackup(NOW);
    expect(meta.latestEntryOf([]).get()).toBeNull();
  });

  test('becomes true when a tool saves entries in another tab, and false again after deleting everything', async () => {
    const { origin, meta, daten } = await open();
    const $entries = meta.latestEntryOf([{ key: 'nk:planer', version: 1, initial: { goals: [], minutes: 15 } }]);
    origin.setFromOutside('nk:planer', JSON.stringify({ v: 1, rev: 1, at: AT, data: { goals: [], minutes: 15 } }));
    origin.tabs[0]!.deliver();
    expect($entries.get()).toBeNull(); // stored, but still the fresh state
    origin.setFromOutside('nk:planer', JSON.stringify({ v: 1, rev: 2, at: AT, data: { goals: ['Mentorin finden'], minutes: 15 } }));
    origin.tabs[0]!.deliver();
    expect($entries.get()).toBe(Date.parse(AT));
    daten.deleteEverything();
    expect($entries.get()).toBeNull();
  });
});
