/**
 * What an action is linked to (schema v3: `goalId`, `contactIds`) and how the planner changes those
 * links: one goal or none, and up to `PLANNER_LIMITS.action.contactIds` contacts. Links to a goal or
 * contact that has since been deleted are skipped, never shown as blanks.
 */
import { compareText } from '../../i18n/format';
import { PLANNER_LIMITS, type Action, type Contact, type Goal } from './planner-schema';

/** The most contacts one action can be linked to. */
export const MAX_ACTION_CONTACTS = PLANNER_LIMITS.action.contactIds;

/**
 * The goal and contacts an action names, in the order the reader linked the contacts.
 * @example actionLinks({ goalId: 'g1', contactIds: ['k2', 'gone'] }, goals, contacts) // { goal: g1, contacts: [k2] }
 */
export function actionLinks<G extends Pick<Goal, 'id'>, C extends Pick<Contact, 'id'>>(action: Pick<Action, 'goalId' | 'contactIds'>, goals: readonly G[], contacts: readonly C[]): { goal: G | null; contacts: C[] } {
  const byId = new Map(contacts.map((c) => [c.id, c]));
  return {
    goal: (action.goalId && goals.find((g) => g.id === action.goalId)) || null,
    contacts: action.contactIds.flatMap((id) => byId.get(id) ?? []),
  };
}

/**
 * The contact ids after ticking (`on`) or unticking one: added at the end, at most once and never
 * past the limit (then the ids stay as they were).
 * @example toggleContact(['k1'], 'k2', true) // ['k1', 'k2']
 */
export function toggleContact(ids: readonly string[], id: string, on: boolean, limit: number = MAX_ACTION_CONTACTS): string[] {
  if (!on) return ids.filter((x) => x !== id);
  if (ids.includes(id) || ids.length >= limit) return [...ids];
  return [...ids, id];
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

/**
 * The contacts a filter shows in the link list: the linked ones always, the others when their name or
 * organisation contains the query (case and accents folded); linked first, then by name.
 * @example linkCandidates(contacts, ['k2'], 'mül') // k2 first, then every „Müller“
 */
export function linkCandidates<C extends Pick<Contact, 'id' | 'name' | 'organisation'>>(contacts: readonly C[], linked: readonly string[], query: string): C[] {
  const q = fold(query.trim());
  const chosen = new Set(linked);
  const byName = (a: C, b: C) => compareText(a.name, b.name);
  const hit = (c: C) => !q || fold(c.name).includes(q) || fold(c.organisation).includes(q);
  return [...contacts.filter((c) => chosen.has(c.id)).sort(byName), ...contacts.filter((c) => !chosen.has(c.id) && hit(c)).sort(byName)];
}
