/**
 * Issue #10, part 3: snapshots of format 3 (compressed) through the batch writes and „Meine Daten“,
 * in a fake browser with Chromium's quota. On the code before format 3 a 2,000-contact planner kept
 * one snapshot, not five.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Origin, openTab, settle } from '../support/fake-browser';
import { encodeCompressedSnapshot } from '../../../src/lib/storage/snapshot-compressed';
import { generateLargePlanner } from '../../fixtures/planner-large';
import { readSnapshot, readSnapshots } from '../support/snapshots';

afterEach(() => vi.unstubAllGlobals());

const AT = '2026-02-01T08:00:00.000Z';
const CHROMIUM_QUOTA = 5_242_880;
const IMPORT = { code: 'beforeImport', exportedAt: AT } as const;
const at = (i: number) => new Date(Date.UTC(2026, 2, 1, 10, i));
const snapshotKeysOf = (origin: Origin) => [...origin.data.keys()].filter((key) => key.startsWith('nk:schnappschuss:')).sort();

/** The planner of 2,000 contacts, its first contact renamed to `name` (so each state can be told apart). */
const plannerText = (() => {
  const data = generateLargePlanner();
  return (name: string, rev = 1) => JSON.stringify({ v: 3, rev, at: AT, data: { ...data, contacts: [{ ...data.contacts[0]!, name }, ...data.contacts.slice(1)] } });
})();

describe('five snapshots of a 2,000-contact planner (issue #10, part 3)', () => {
  test('six replaced planners keep five snapshots in Chromium’s quota, each compressed and restorable', async () => {
    const origin = new Origin();
    origin.data.set('nk:planer', plannerText('Stand 0'));
    origin.quota = CHROMIUM_QUOTA;
    const tab = await openTab(origin);
    const p = tab.persistence;
    for (let i = 1; i <= 6; i++) expect(await p.applyWrites([['nk:planer', plannerText(`Stand ${i}`, i + 1)]], IMPORT, at(i))).toEqual({ ok: true });
    const keys = snapshotKeysOf(origin);
    expect(keys).toHaveLength(5);
    for (const key of keys) expect(origin.data.get(key)!.startsWith('{"v":3,')).toBe(true);
    const kept = await readSnapshots(p);
    expect(kept.map((k) => JSON.parse(k.snapshot.values['nk:planer']!).data.contacts[0].name)).toEqual(['Stand 5', 'Stand 4', 'Stand 3', 'Stand 2', 'Stand 1']);
    // The oldest comes back whole, and the restore keeps its own undo point.
    expect(await p.restoreSnapshot(at(7), { key: kept.at(-1)!.key })).toEqual({ ok: true });
    expect(origin.data.get('nk:planer')).toBe(plannerText('Stand 1', 2));
    expect(snapshotKeysOf(origin)).toHaveLength(5);
  });
});

describe('the step around the compression', () => {
  const small = (title: string) => JSON.stringify({ v: 3, rev: 1, at: AT, data: { title, notes: Array.from({ length: 60 }, (_, i) => ({ id: `n${i}`, body: `Notiz ${i} über Netzwerke`, pinned: false })) } });

  test('another tab writes while the snapshot is compressed: it is taken again, and the writes are worked out from the newest data', async () => {
    const origin = new Origin();
    origin.data.set('nk:test-notizen', small('vorher'));
    const tab = await openTab(origin);
    const seen: (string | null)[] = [];
    const step = tab.persistence.applyWrites(() => {
      seen.push(tab.persistence.readRaw('nk:test-notizen'));
      return [['nk:test-einstellungen', '{"v":1}']];
    }, IMPORT);
    // The step is awaiting its compression now.
    origin.setFromOutside('nk:test-notizen', small('aus dem anderen Tab'));
    settle(origin);
    expect(await step).toEqual({ ok: true });
    expect(seen).toEqual([small('aus dem anderen Tab')]);
    expect((await readSnapshot(tab.persistence))?.values).toEqual({ 'nk:test-notizen': small('aus dem anderen Tab') });
  });

  test('a step whose data equals the newest compressed snapshot adds none', async () => {
    const origin = new Origin();
    origin.data.set('nk:test-notizen', small('gleich'));
    const tab = await openTab(origin);
    const p = tab.persistence;
    await p.applyWrites([['nk:test-einstellungen', '{"v":1}']], IMPORT, at(1)); // keeps the notes as they are
    await p.applyWrites([['nk:test-einstellungen', null]], null, at(2)); // back to the same data, no undo point
    await p.applyWrites([['nk:test-einstellungen', '{"v":1}']], IMPORT, at(3));
    const keys = snapshotKeysOf(origin);
    expect(keys).toHaveLength(1);
    expect(origin.data.get(keys[0]!)!.startsWith('{"v":3,')).toBe(true);
  });

  test('a newest snapshot that only looks the same (its compressed part damaged) does not stand in for a new one', async () => {
    const origin = new Origin();
    origin.data.set('nk:test-notizen', small('gleich'));
    const tab = await openTab(origin);
    const p = tab.persistence;
    await p.applyWrites([['nk:test-einstellungen', '{"v":1}']], IMPORT, at(1));
    const [key] = snapshotKeysOf(origin);
    origin.data.set(key!, JSON.stringify({ ...JSON.parse(origin.data.get(key!)!), deflate: btoa('kaputt') }));
    await p.applyWrites([['nk:test-einstellungen', null]], null, at(2));
    await p.applyWrites([['nk:test-einstellungen', '{"v":1}']], IMPORT, at(3));
    expect(snapshotKeysOf(origin)).toHaveLength(2);
    expect((await readSnapshots(p)).map((k) => k.snapshot.values)).toEqual([{ 'nk:test-notizen': small('gleich') }]);
  });
});

describe('„Meine Daten“ and damaged compressed snapshots', () => {
  async function open(seed: Record<string, string>) {
    const origin = new Origin();
    for (const [k, value] of Object.entries(seed)) origin.data.set(k, value);
    const tab = await openTab(origin, async () => ({
      daten: { ...(await import('../../../src/stores/daten')), ...(await import('../../../src/stores/daten-import')), ...(await import('../../../src/stores/daten-backup')) },
    }));
    return { origin, ...tab.modules };
  }
  const META = JSON.stringify({ v: 2, rev: 1, at: AT, data: { lastBackup: '2026-01-01', firstEntry: null, snoozedUntil: null } });
  const planner = plannerText('Im Schnappschuss');

  async function compressed(values: Record<string, string>) {
    return encodeCompressedSnapshot({ at: AT, cause: IMPORT, values });
  }
  async function damaged() {
    const stored = JSON.parse(await compressed({ 'nk:planer': planner }));
    return JSON.stringify({ ...stored, deflate: stored.deflate.slice(0, 200) });
  }

  test('lists a compressed snapshot with time, cause and tools, without decompressing it', async () => {
    const { daten } = await open({ 'nk:meta': META, 'nk:schnappschuss:1': await compressed({ 'nk:meta': META, 'nk:planer': planner }) });
    expect(daten.$snapshots.get()).toMatchObject([{ key: 'nk:schnappschuss:1', at: AT, cause: IMPORT, tools: ['meta', 'planer'] }]);
  });

  test('the first look puts a damaged compressed snapshot aside, byte-identical, and keeps the sound one', async () => {
    const bad = await damaged();
    const good = await compressed({ 'nk:planer': planner });
    const { origin, daten } = await open({ 'nk:meta': META, 'nk:schnappschuss:1': bad, 'nk:schnappschuss:2': good });
    expect(await daten.inspectStorage()).toEqual([]);
    expect(origin.data.get('nk:schnappschuss:1')).toBeUndefined();
    expect(origin.data.get('nk:quarantaene:schnappschuss:1')).toBe(bad);
    expect(origin.data.get('nk:schnappschuss:2')).toBe(good);
  });

  test('restoring a damaged compressed snapshot is refused, and nothing changes', async () => {
    const { origin, daten } = await open({ 'nk:meta': META, 'nk:schnappschuss:1': await damaged() });
    const before = origin.dump();
    expect(await daten.restorePrevious(at(1), { key: 'nk:schnappschuss:1' })).toEqual({ ok: false, problem: { code: 'damagedSnapshot' } });
    expect(origin.dump()).toEqual(before);
  });

  test('a double click on „Jetzt einspielen“ while the snapshot is compressed imports once', async () => {
    const { origin, daten } = await open({ 'nk:meta': META, 'nk:planer': planner });
    const backup = JSON.stringify({ format: 'netzwerk-kompass-backup', formatVersion: 1, exportedAt: AT, records: { 'nk:meta': { v: 2, rev: 1, at: AT, data: { lastBackup: '2025-12-24', firstEntry: null, snoozedUntil: null } } } });
    await daten.chooseFile({ name: 's.json', size: backup.length, text: async () => backup });
    const [first, second] = await Promise.all([daten.applyImport(at(1)), daten.applyImport(at(1))]);
    expect(first).toEqual({ ok: true });
    expect(second).toEqual({ ok: true });
    expect(snapshotKeysOf(origin)).toHaveLength(1);
    expect(JSON.parse(origin.data.get('nk:meta')!).rev).toBe(2);
  });
});
