/**
 * Every value Netzwerk-Kompass keeps in the browser, in the order „Meine Daten“ lists them.
 * Backups, imports, the overview, the backup reminder and the migration tests all work from
 * this one list, so a tool's data is covered as soon as its definition is added here.
 */
import type { AnyDefinition } from './stored-value';
import { metaDefinition } from './meta-schema';
import { answersDefinition } from './answers-schema';
import { candidatesDefinition } from './candidates-schema';
import { plannerDefinition } from './planner-schema';

export const ALL_DEFINITIONS: readonly AnyDefinition[] = [answersDefinition, candidatesDefinition, plannerDefinition, metaDefinition];

/** Whether a definition holds the reader's own entries (not bookkeeping such as the backup date). */
export function isToolData(def: AnyDefinition): boolean {
  return def.key !== metaDefinition.key;
}

/** The definition stored under `key`, if this version of the site knows it. */
export function definitionFor(key: string, definitions: readonly AnyDefinition[] = ALL_DEFINITIONS): AnyDefinition | undefined {
  return definitions.find((def) => def.key === key);
}
