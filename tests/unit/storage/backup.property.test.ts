/**
 * Hostile and broken input against the backup import and the stored-value decoders, with
 * fast-check. Every property counts its runs; the last test checks the total is ≥ 10,000.
 *
 * Invariants everywhere: nothing throws, nothing pollutes a prototype, whatever is accepted is
 * valid by its schema and made of fresh plain objects, and rejected input changes no stored byte.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { BACKUP_FORMAT, createBackup, planImport, readBackup, type BackupCheck } from '../../../src/lib/storage/backup';
import { MAX_BACKUP_BYTES } from '../../../src/lib/storage/backup-limits';
import { decodeEnvelope, decodeStored, type AnyDefinition } from '../../../src/lib/storage/stored-value';
import { metaDefinition } from '../../../src/lib/storage/meta-schema';
import { describeStorage } from '../../../src/lib/storage/storage-overview';
import { catalogueOf } from '../../../src/lib/storage/catalogue';
import { hasStoredEntries } from '../../../src/lib/storage/backup-due';
import { notesDefinition, prefsDefinition } from '../../fixtures/notes-schema';
import { backupObject, deeplyNested, hostileValue, HOSTILE_KEYS, mutatedBackupText, storedState, text } from '../support/arbitraries';
import { Origin, openTab } from '../support/fake-browser';
import { datenTexts } from '../../../src/i18n/de/daten';
import { readSnapshotFull } from '../../../src/lib/storage/snapshot-compressed';

const DEFS: readonly AnyDefinition[] = [notesDefinition, prefsDefinition, metaDefinition];
const NOW = new Date('2026-03-01T10:00:00.000Z');

let runs = 0;
const counted = <A extends unknown[]>(check: (...args: A) => void) => (...args: A) => {
  runs++;
  check(...args);
};
const countedAsync = <A extends unknown[]>(check: (...args: A) => Promise<void>) => async (...args: A) => {
  runs++;
  await check(...args);
};

// --- invariants -----------------------------------------------------------------------------

const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const pristine = prototypes.map((p) => Reflect.ownKeys(p).map(String).sort().join());

function expectNoPollution(): void {
  prototypes.forEach((p, i) => expect(Reflect.ownKeys(p).map(String).sort().join()).toBe(pristine[i]));
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
}

/** Only plain objects and arrays with the usual prototypes, and no own __proto__/constructor keys. */
function expectFreshPlain(value: unknown, depth = 0): void {
  if (depth > 50 || value === null || typeof value !== 'object') return;
  expect([Object.prototype, Array.prototype]).toContain(Object.getPrototypeOf(value));
  for (const key of Reflect.ownKeys(value)) {
    if (Array.isArray(value) && key === 'length') continue;
    expect(['__proto__', 'constructor', 'prototype']).not.toContain(key);
    expectFreshPlain((value as Record<PropertyKey, unknown>)[key], depth + 1);
  }
}

function expectSound(result: BackupCheck): void {
  expectNoPollution();
  expect(typeof result.ok).toBe('boolean');
  if (!result.ok) {
    expect(Object.keys(datenTexts.importProblem)).toContain(result.problem.code);
    return;
  }
  for (const record of result.records) {
    const def = DEFS.find((d) => d.key === record.key)!;
    expect(v.is(def.schema, record.envelope.data)).toBe(true);
    expect(record.envelope.v).toBe(def.version);
    expectFreshPlain(record.envelope.data);
  }
}

const asBackup = (records: unknown) => JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 1, exportedAt: NOW.toISOString(), records });

// Thousands of runs per test: on a busy machine they take seconds, not milliseconds.
vi.setConfig({ testTimeout: 120_000 });

beforeAll(() => expectNoPollution());
afterEach(() => vi.unstubAllGlobals());

// --- readBackup -----------------------------------------------------------------------------

describe('readBackup with hostile input', () => {
  test('random JSON texts never throw', () => {
    fc.assert(fc.property(fc.json(), counted((json) => expectSound(readBackup(json, DEFS)))), { numRuns: 3000 });
  });

  test('a value that is not even text is refused, not thrown on', () => {
    for (const value of [undefined, null, 5, {}, []]) expect(readBackup(value as unknown as string, DEFS)).toMatchObject({ ok: false });
  });

  test('random texts that are mostly not JSON never throw', () => {
    fc.assert(fc.property(fc.oneof(text(400), fc.string()), counted((input) => expectSound(readBackup(input, DEFS)))), { numRuns: 1000 });
  });

  test('the backup frame with random records, keys like __proto__ included, never throws or pollutes', () => {
    const key = fc.oneof(fc.constantFrom(notesDefinition.key, prefsDefinition.key, metaDefinition.key, ...HOSTILE_KEYS, 'nk:', 'nk:__proto__'), fc.string({ maxLength: 12 }));
    const records = fc.array(fc.tuple(key, hostileValue), { maxLength: 5 }).map((pairs) => {
      const object: Record<string, unknown> = {};
      for (const [k, value] of pairs) Object.defineProperty(object, k, { value, enumerable: true, writable: true, configurable: true });
      return object;
    });
    fc.assert(fc.property(records, counted((r) => expectSound(readBackup(asBackup(r), DEFS)))), { numRuns: 2000 });
  });

  test('valid backups changed in one hostile way never throw, and what passes is valid', () => {
    fc.assert(fc.property(mutatedBackupText, counted((input) => expectSound(readBackup(input, DEFS)))), { numRuns: 3000 });
  });

  test('huge strings are refused by the schema or the 5 MB limit, never crash', () => {
    const huge = fc.tuple(fc.integer({ min: 1_000, max: 3_000_000 }), fc.constantFrom('x', 'ä', '😀', '<'));
    fc.assert(
      fc.property(
        huge,
        counted(([length, char]: [number, string]) => {
          const body = char.repeat(Math.ceil(length / char.length));
          const result = readBackup(asBackup({ [notesDefinition.key]: { v: 3, rev: 1, at: 'x', data: { title: '', notes: [{ id: 'a', body, pinned: false }] } } }), DEFS);
          expectSound(result);
          if (body.length > 2000) expect(result.ok).toBe(false);
        }),
      ),
      { numRuns: 150 },
    );
  });

  test('files over 5 MB are refused as too large', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: MAX_BACKUP_BYTES + 1, max: MAX_BACKUP_BYTES + 2_000_000 }),
        counted((size) => expect(readBackup(' '.repeat(size), DEFS)).toMatchObject({ ok: false, problem: { code: 'tooLarge' } })),
      ),
      { numRuns: 20 },
    );
  });

  test('deep nesting anywhere is refused without a stack overflow', () => {
    fc.assert(
      fc.property(
        deeplyNested,
        fc.constantFrom('file', 'records', 'data', 'envelope'),
        counted((nested: string, where: string) => {
          const input =
            where === 'file' ? nested
            : where === 'records' ? `{"format":"${BACKUP_FORMAT}","formatVersion":1,"exportedAt":"${NOW.toISOString()}","records":${nested}}`
            : where === 'data' ? asBackup({}).replace('"records":{}', `"records":{"${notesDefinition.key}":{"v":1,"rev":1,"at":"x","data":${nested}}}`)
            : asBackup({}).replace('"records":{}', `"records":{"${prefsDefinition.key}":${nested}}`);
          const result = readBackup(input, DEFS);
          expectSound(result);
          expect(result.ok).toBe(false);
        }),
      ),
      { numRuns: 300 },
    );
  });
});

// --- stored-value decoders --------------------------------------------------------------------

const envelopeLike = fc.record({ v: fc.oneof(fc.integer({ min: -2, max: 5 }), hostileValue), rev: fc.oneof(fc.nat(), hostileValue), at: fc.oneof(fc.string(), hostileValue), data: hostileValue }, { requiredKeys: [] });
const envelopeText = envelopeLike.map((e) => JSON.stringify(e));

describe('decodeStored and decodeEnvelope with hostile input', () => {

  test('never throw, and accept only valid, fresh data', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DEFS),
        fc.oneof(fc.json(), text(200), envelopeLike.map((e) => JSON.stringify(e)), mutatedBackupText),
        counted((def: AnyDefinition, raw: string) => {
          const result = decodeStored(def, raw);
          expectNoPollution();
          if (result.ok) {
            expect(v.is(def.schema, result.envelope.data)).toBe(true);
            expectFreshPlain(result.envelope.data);
          } else {
            expect(['corrupt', 'invalid', 'newer']).toContain(result.reason);
          }
        }),
      ),
      { numRuns: 1500 },
    );
  });

  test('never change the parsed value they are given', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DEFS),
        envelopeLike,
        counted((def: AnyDefinition, value: unknown) => {
          const before = JSON.stringify(value);
          decodeEnvelope(def, value);
          expect(JSON.stringify(value)).toBe(before);
        }),
      ),
      { numRuns: 500 },
    );
  });
});

// --- stores loading whatever storage holds ------------------------------------------------

describe('a store loading any stored text', () => {
  test('never throws, and leaves the stored text byte-identical unless it is valid older data it migrates', async () => {
    const origin = new Origin();
    const tab = await openTab(origin);
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...DEFS),
        fc.oneof(fc.json(), text(200), mutatedBackupText, deeplyNested, storedState.map((m) => [...m.values()][0] ?? '')),
        countedAsync(async (def: AnyDefinition, raw: string) => {
          const key = `nk:fuzz-${n++}` as const;
          origin.data.clear();
          origin.data.set(key, raw);
          const store = tab.persistence.createPersistentStore({ ...def, key });
          const decoded = decodeStored(def, raw);
          if (decoded.ok && decoded.migratedFrom !== null) expect(origin.data.get(key)).not.toBe(raw);
          else expect(origin.data.get(key)).toBe(raw);
          expect(v.is(def.schema, store.$state.get())).toBe(true);
          expectNoPollution();
        }),
      ),
      { numRuns: 1000 },
    );
  });
});

// --- the overview and the reminder read storage without schemas ---------------------------

describe('the schema-free overview with hostile stored texts', () => {
  test('never throws, and counts only values it could read', () => {
    const catalogue = catalogueOf(DEFS);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...DEFS.map((d) => d.key), 'nk:zukunft'), fc.oneof(fc.json(), text(200), mutatedBackupText, deeplyNested, envelopeText)), { maxLength: 4 }),
        counted((pairs: [string, string][]) => {
          const stored = new Map(pairs);
          const overview = describeStorage(catalogue, stored);
          for (const value of overview.values) {
            expect(value.entries === null).toBe(value.state !== 'ok');
            if (value.entries !== null) expect(Number.isInteger(value.entries) && value.entries >= 0).toBe(true);
          }
          expect(typeof hasStoredEntries(stored, () => false, catalogue)).toBe('boolean');
          expectNoPollution();
        }),
      ),
      { numRuns: 1000 },
    );
  });
});

// --- the real import path: storage must not change ----------------------------------------

describe('importing through the /daten/ store', () => {
  let origin: Origin;
  let daten: typeof import('../../../src/stores/daten') & typeof import('../../../src/stores/daten-import') & typeof import('../../../src/stores/daten-backup');

  beforeAll(async () => {
    origin = new Origin();
    const tab = await openTab(origin, async () => ({ ...(await import('../../../src/stores/daten')), ...(await import('../../../src/stores/daten-import')), ...(await import('../../../src/stores/daten-backup')) }));
    daten = tab.modules as typeof daten;
  });
  afterAll(() => vi.unstubAllGlobals());

  const anyInput = fc.oneof(
    { weight: 3, arbitrary: mutatedBackupText },
    { weight: 2, arbitrary: fc.json() },
    { weight: 1, arbitrary: text(300) },
    { weight: 1, arbitrary: deeplyNested },
    { weight: 2, arbitrary: backupObject.map((b) => JSON.stringify(b)) },
  );

  test('choosing any file – valid, broken or hostile – leaves stored data byte-identical until applied', async () => {
    await fc.assert(
      fc.asyncProperty(
        storedState,
        anyInput,
        countedAsync(async (seed: Map<string, string>, input: string) => {
          origin.data.clear();
          for (const [k, value] of seed) origin.data.set(k, value);
          origin.data.set('fremd', 'bleibt');
          const before = origin.dump();
          await daten.chooseFile({ name: 'sicherung.json', size: input.length, text: async () => input });
          daten.$importPlan.get(); // computing the preview must not write either
          expect(origin.dump()).toEqual(before);
          expectNoPollution();
          daten.cancelImport();
        }),
      ),
      { numRuns: 1000 },
    );
  });

  test('applying a valid file under any storage quota changes everything or nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        storedState,
        backupObject,
        fc.integer({ min: 0, max: 6000 }),
        fc.constantFrom('replace' as const, 'merge' as const),
        countedAsync(async (seed: Map<string, string>, backup: unknown, slack: number, mode: 'replace' | 'merge') => {
          origin.data.clear();
          for (const [k, value] of seed) origin.data.set(k, value);
          const before = origin.dump();
          await daten.chooseFile({ name: 's.json', size: 1, text: async () => JSON.stringify(backup) });
          daten.setImportMode(mode);
          const plan = daten.$importPlan.get();
          origin.quota = origin.usage() + slack;
          const result = await daten.applyImport(NOW);
          origin.quota = null;
          if (result.ok && plan?.ok) {
            // The preview was planned a moment earlier: same writes, apart from the time of a merge.
            const withoutTime = (text: string | undefined) => ({ ...JSON.parse(text ?? 'null'), at: null });
            for (const [key, value] of plan.writes) expect(withoutTime(origin.data.get(key))).toEqual(withoutTime(value));
            // The state before is the newest snapshot of the ring (a step that writes nothing needs none).
            const newest = [...origin.data.keys()].filter((key) => key.startsWith('nk:schnappschuss:')).sort().at(-1);
            if (plan.writes.length > 0) expect(await readSnapshotFull(origin.data.get(newest!)!)).toMatchObject({ ok: true, snapshot: { values: before } });
          } else {
            expect(origin.dump()).toEqual(before);
          }
          daten.cancelImport();
        }),
      ),
      { numRuns: 300 },
    );
  });
});

// --- round trip ---------------------------------------------------------------------------

describe('export → import → export', () => {
  test('1,000 generated valid states come back byte-identical', () => {
    fc.assert(
      fc.property(
        storedState,
        counted((stored) => {
          const first = createBackup(DEFS, stored, NOW).text;
          const read = readBackup(first, DEFS);
          if (!read.ok) throw new Error(read.problem.code);
          const plan = planImport(read.records, DEFS, new Map(), 'replace', NOW);
          if (!plan.ok) throw new Error(plan.problem.code);
          const restored = new Map(plan.writes);
          expect(restored).toEqual(stored);
          expect(createBackup(DEFS, restored, NOW).text).toBe(first);
        }),
      ),
      { numRuns: 1000 },
    );
  });
});

test('at least 10,000 generated cases ran in this file', () => {
  console.info(`backup.property.test.ts: ${runs} generated cases`);
  expect(runs).toBeGreaterThanOrEqual(10_000);
});
