/**
 * Every released schema version of every stored value has a fixture in `tests/fixtures/`
 * (`<name>-v<n>.json`, the stored envelope). Each must migrate to the current version without
 * losing anything the reader typed, and without touching its input. Tool fixtures are picked up
 * automatically once their definitions are in ALL_DEFINITIONS.
 */
import { describe, expect, test } from 'vitest';
import { decodeEnvelope, decodeStored, encodeEnvelope } from '../../../src/lib/storage/stored-value';
import { deepFreeze, stringLeaves } from '../support/deep-freeze';
import { DEFINITIONS_UNDER_TEST, storedFixtures } from '../support/fixture-definitions';

const fixtures = storedFixtures();

test('there is a fixture for every version of every definition', () => {
  for (const def of DEFINITIONS_UNDER_TEST) {
    const versions = fixtures.filter((f) => f.definition === def).map((f) => f.version);
    const missing = Array.from({ length: def.version }, (_, i) => i + 1).filter((n) => !versions.includes(n));
    expect(missing, `${def.key}: fixtures for versions ${missing.join(', ')} fehlen`).toEqual([]);
  }
});

describe.each(fixtures.map((f) => [f.file, f] as const))('%s', (_file, fixture) => {
  test('belongs to a known definition', () => {
    expect(fixture.definition, `no definition for ${fixture.file}: add it to FIXTURE_KEYS in tests/unit/support/fixture-definitions.ts`).toBeDefined();
  });

  test('is stored with its own version number', () => {
    expect(JSON.parse(fixture.text).v).toBe(fixture.version);
  });

  test('migrates to the current version without changing its (deep-frozen) input', () => {
    const def = fixture.definition!;
    const input = deepFreeze(JSON.parse(fixture.text));
    const before = JSON.stringify(input);
    const result = decodeEnvelope(def, input);
    expect(result.ok, result.ok ? '' : JSON.stringify(result.issue)).toBe(true);
    expect(JSON.stringify(input)).toBe(before);
    if (!result.ok) return;
    expect(result.envelope.v).toBe(def.version);
    expect(result.migratedFrom).toBe(fixture.version === def.version ? null : fixture.version);
  });

  test('loses nothing the reader typed', () => {
    const def = fixture.definition!;
    const input = JSON.parse(fixture.text);
    const result = decodeEnvelope(def, input);
    if (!result.ok) throw new Error(JSON.stringify(result.issue));
    if (fixture.expected !== undefined) {
      expect(result.envelope.data).toEqual(fixture.expected);
    } else if (fixture.version === def.version) {
      // The current version must come back exactly: the schema drops nothing.
      expect(result.envelope.data).toEqual(input.data);
    } else {
      const kept = new Set(stringLeaves(result.envelope.data));
      const lost = stringLeaves(input.data).filter((text) => text !== '' && !kept.has(text));
      expect(lost, 'texts lost in migration; if a migration rewrites them on purpose, add a .migrated.json').toEqual([]);
    }
    // Keeps revision and time of the last change.
    expect(result.envelope.rev).toBe(input.rev);
    expect(result.envelope.at).toBe(input.at);
  });

  test('the migrated result is stable: stored again, it reads back identically', () => {
    const def = fixture.definition!;
    const first = decodeStored(def, fixture.text);
    if (!first.ok) throw new Error(JSON.stringify(first.issue));
    const again = decodeStored(def, encodeEnvelope(first.envelope));
    expect(again).toEqual({ ok: true, envelope: first.envelope, migratedFrom: null });
  });
});
