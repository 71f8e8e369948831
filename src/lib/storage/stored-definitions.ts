/**
 * Every value Netzwerk-Kompass keeps in the browser, in the order „Meine Daten“ lists them.
 * Backups, imports, the overview, the backup reminder and the migration tests all work from
 * this one list, so a tool's data is covered as soon as its definition is added here.
 */
import type { AnyDefinition } from './stored-value';
import { mergeFieldsById } from './merge-by-id';
import { metaDefinition } from './meta-schema';
import { answersDefinition } from '../questionnaire/answers-schema';
import { candidatesDefinition, type CandidatesState } from '../fit/candidates-schema';
import { plannerDefinition, type PlannerData } from '../planner/planner-schema';

// How an imported backup can be merged into what is stored: lists of items with ids are joined
// (the file's item wins for the same id). Attached here, not in the schemas, because only
// backups need it and every tool page loads its schema. The questionnaire has one answer per
// question, so a backup can only replace it.
export const ALL_DEFINITIONS: readonly AnyDefinition[] = [
  answersDefinition,
  { ...candidatesDefinition, merge: mergeFieldsById<CandidatesState>(['candidates']) },
  { ...plannerDefinition, merge: mergeFieldsById<PlannerData>(['goals', 'groups', 'channels', 'actions', 'contacts']) },
  metaDefinition,
];

/** Whether a definition holds the reader's own entries (not bookkeeping such as the backup date). */
export function isToolData(def: AnyDefinition): boolean {
  return def.key !== metaDefinition.key;
}

/** The definition stored under `key`, if this version of the site knows it. */
export function definitionFor(key: string, definitions: readonly AnyDefinition[] = ALL_DEFINITIONS): AnyDefinition | undefined {
  return definitions.find((def) => def.key === key);
}
