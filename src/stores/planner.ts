/**
 * The planner's store (`nk:planer`) and the only way islands change it: named actions that apply
 * pure functions from src/lib. Ids are made here, where randomness belongs.
 */
import type { IsoDay } from '../lib/dates/iso-day';
import * as p from '../lib/planner/planner';
import { emptyActionLinks, plannerDefinition, type ChannelType, type PlannerData, type SectionId } from '../lib/planner/planner-schema';
import { atom } from 'nanostores';
import { createPersistentStore } from './persistence';
import { newId } from '../lib/storage/new-id';

export const plannerStore = createPersistentStore(plannerDefinition);
export const $planner = plannerStore.$state;

const change = (fn: (state: PlannerData) => PlannerData) => plannerStore.update(fn);

/** Appends an item built with a fresh id and returns the id. */
function add<K extends p.ListKey>(key: K, make: (id: string) => p.ItemOf<K>): string {
  const id = newId();
  change((s) => p.addItem(s, key, make(id)));
  return id;
}
const patch =
  <K extends p.ListKey>(key: K) =>
  (id: string, fields: p.Patch<p.ItemOf<K>>) =>
    change((s) => p.patchItem(s, key, id, fields));
const remove = (key: p.ListKey) => (id: string) => change((s) => p.removeItem(s, key, id));
/** The item removed last in this tab, with what the page needs to offer „Rückgängig“. */
export interface Removed {
  /** Puts the item back into the newest stored state (unchanged when it is there already). */
  restore: (state: PlannerData) => PlannerData;
  /** How the page names it („Ziel 2“, „Aktion „Profil überarbeiten““). */
  label: string;
  /** The field to focus once it is back. */
  focusId: string;
}

/** The last removal that can still be undone (in this tab); null when there is none. */
export const $removed = atom<Removed | null>(null);

/**
 * Applies a removal to the newest stored state and keeps, for „Rückgängig“, how to undo it:
 * `take` returns the state without the item and its `restore`, or null when there is nothing to remove.
 */
export function removeUndoable(take: (state: PlannerData) => { state: PlannerData; restore: Removed['restore'] } | null, label: string, focusId: string): void {
  let restore: Removed['restore'] | null = null;
  change((s) => {
    const taken = take(s);
    restore = taken?.restore ?? null;
    return taken ? taken.state : s;
  });
  if (restore) $removed.set({ restore, label, focusId });
}

/** Removes an item and keeps it, with its place, for „Rückgängig“ (taken from the newest stored state). */
export function removeWithUndo(key: p.ListKey, id: string, label: string, focusId: string): void {
  removeUndoable(
    (s) => {
      const taken = p.itemAt(s, key, id);
      return taken && { state: p.removeItem(s, key, id), restore: (next) => p.restoreItem(next, key, taken.item, taken.index) };
    },
    label,
    focusId,
  );
}

/** Puts the last removed item back at its place; returns the field to focus, or null when there was nothing to undo. */
export function undoRemove(): string | null {
  const removed = $removed.get();
  if (!removed) return null;
  change(removed.restore);
  $removed.set(null);
  return removed.focusId;
}

const set =
  <K extends Parameters<typeof p.setField>[1]>(key: K) =>
  (value: PlannerData[K]) =>
    change((s) => p.setField(s, key, value));

/** Adds an empty goal and returns its id. */
export const addGoal = () => add('goals', p.newGoal);
/** Changes fields of a goal. */
export const updateGoal = patch('goals');
/** Removes a goal. */
export const removeGoal = remove('goals');

/** Adds an empty target group and returns its id. */
export const addGroup = () => add('groups', p.newGroup);
/** Changes fields of a target group. */
export const updateGroup = patch('groups');
/** Removes a target group. */
export const removeGroup = remove('groups');

/** Adds a channel with the default estimate for its type and returns its id. */
export const addChannel = (type: ChannelType, name = '') => add('channels', (id) => p.newChannel(id, type, name));
/** Changes a channel's name, frequency or time. */
export const updateChannel = patch('channels');
/** Removes a channel. */
export const removeChannel = remove('channels');

/** The reader's own hours a month; null takes the questionnaire's. */
export const setHoursPerMonth = set('hoursPerMonth');
/** Minutes one follow-up takes, for the time budget. */
export const setMinutesPerFollowUp = set('minutesPerFollowUp');
/** What the reader offers, one item per line. */
export const setOffer = set('offer');
/** The short self-introduction. */
export const setIntro = set('intro');
/** The name printed on the plan. */
export const setOwner = set('owner');
/** The reminder written into the calendar file. */
export const setAlarm = set('alarm');

/** Adds an open action and returns its id. */
export const addAction = (title: string, due: IsoDay | '') => add('actions', (id) => ({ id, title, due, done: false, ...emptyActionLinks() }));
/** Changes an action, e.g. marks it done. */
export const updateAction = patch('actions');
/** Removes an action. */
export const removeAction = remove('actions');

/** Marks a section as done in the overview, or not. */
export const setSectionDone = (section: SectionId, done: boolean) => change((s) => p.setSectionDone(s, section, done));
