/**
 * Which definition each stored-value fixture in `tests/fixtures/<name>-v<n>.json` belongs to.
 * A fixture named after its key (`selbsttest-v1.json` for `nk:selbsttest`) needs no entry;
 * one named after its area (`answers-v1.json`) is listed here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { AnyDefinition } from '../../../src/lib/storage/stored-value';
import { decodeEnvelope } from '../../../src/lib/storage/stored-value';
import { ALL_DEFINITIONS } from '../../../src/lib/storage/stored-definitions';
import { TEST_DEFINITIONS } from '../../fixtures/notes-schema';

export const FIXTURE_KEYS: Readonly<Record<string, string>> = {
  answers: 'nk:selbsttest',
  candidates: 'nk:netzwerk-check',
  planner: 'nk:planer',
  notes: 'nk:test-notizen',
  prefs: 'nk:test-einstellungen',
  meta: 'nk:meta',
};

/** The site's definitions plus the test-only ones. */
export const DEFINITIONS_UNDER_TEST: readonly AnyDefinition[] = [...ALL_DEFINITIONS, ...TEST_DEFINITIONS];

const FIXTURES = new URL('../../fixtures/', import.meta.url);

export interface StoredFixture {
  file: string;
  name: string;
  version: number;
  text: string;
  /** The definition it belongs to, or undefined when none could be found (a test failure). */
  definition: AnyDefinition | undefined;
  /** `<name>-v<n>.migrated.json`, when the fixture states exactly what migration must produce. */
  expected: unknown;
}

/** Every `tests/fixtures/<name>-v<n>.json` with its definition. */
export function storedFixtures(definitions: readonly AnyDefinition[] = DEFINITIONS_UNDER_TEST): StoredFixture[] {
  return readdirSync(FIXTURES)
    .map((file) => ({ file, match: /^(.+)-v(\d+)\.json$/.exec(file) }))
    .filter((f): f is { file: string; match: RegExpExecArray } => f.match !== null)
    .map(({ file, match }) => {
      const name = match[1]!;
      const text = readFileSync(new URL(file, FIXTURES), 'utf8');
      const key = FIXTURE_KEYS[name] ?? `nk:${name}`;
      let definition = definitions.find((d) => d.key === key);
      if (!definition) {
        // Unknown name: the one definition that reads it, if exactly one does.
        const readers = definitions.filter((d) => decodeEnvelope(d, JSON.parse(text)).ok);
        definition = readers.length === 1 ? readers[0] : undefined;
      }
      let expected: unknown;
      try {
        expected = JSON.parse(readFileSync(new URL(`${name}-v${match[2]}.migrated.json`, FIXTURES), 'utf8'));
      } catch {
        expected = undefined;
      }
      return { file, name, version: Number(match[2]), text, definition, expected };
    });
}
