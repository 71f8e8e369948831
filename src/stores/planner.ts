/**
 * The planner's store (`nk:planer`) and the only way islands change it: named actions that apply
 * pure functions from src/lib. Ids are made here, where randomness belongs.
 */
import { atom } from 'nanostores';
import type { SnoozeWeeks } from '../lib/follow-up';
import type { IsoDay } from '../lib/iso-day';
import { NO_PLAN_INPUTS, type PlanInputs } from '../lib/plan-inputs';
import * as p from '../lib/planner';
import { plannerDefinition, type ChannelType, type Interaction, type PlannerData, type SectionId } from '../lib/planner-schema';
import { createPersistentStore } from './persistence';

export const plannerStore = createPersistentStore(plannerDefinition);
export const $planner = plannerStore.$state;

/**
 * What the planner and the plan take from the questionnaire and the network check. Until those
 * tools are wired in, it stays empty; the wiring replaces this atom with a `computed` over their stores.
 */
export const $planInputs = atom<PlanInputs>(NO_PLAN_INPUTS);

/** A random id; falls back to getRandomValues where randomUUID is missing (pages served over plain http). */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

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
const set =
  <K extends Parameters<typeof p.setField>[1]>(key: K) =>
  (value: PlannerData[K]) =>
    change((s) => p.setField(s, key, value));

/** Adds an empty goal and returns its id. */
export const addGoal = () => add('goals', p.newGoal);
export const updateGoal = patch('goals');
export const removeGoal = remove('goals');

/** Adds an empty target group and returns its id. */
export const addGroup = () => add('groups', p.newGroup);
export const updateGroup = patch('groups');
export const removeGroup = remove('groups');

/** Adds a channel with the default estimate for its type and returns its id. */
export const addChannel = (type: ChannelType, name = '') => add('channels', (id) => p.newChannel(id, type, name));
export const updateChannel = patch('channels');
export const removeChannel = remove('channels');

export const setHoursPerMonth = set('hoursPerMonth');
export const setMinutesPerFollowUp = set('minutesPerFollowUp');
export const setOffer = set('offer');
export const setIntro = set('intro');
export const setOwner = set('owner');
export const setAlarm = set('alarm');

/** Adds an open action and returns its id. */
export const addAction = (title: string, due: IsoDay | '') => add('actions', (id) => ({ id, title, due, done: false }));
export const updateAction = patch('actions');
export const removeAction = remove('actions');

/** Adds a contact (with a first interaction when `firstContact` is a day) and returns its id. */
export function addContact(fields: p.ContactFields, today: IsoDay, firstContact: IsoDay | ''): string {
  const first = firstContact ? { id: newId(), date: firstContact, channel: '' as const, note: 'Kennengelernt' } : undefined;
  return add('contacts', (id) => p.newContact(fields, id, today, first));
}
export const updateContact = patch('contacts');
export const removeContact = remove('contacts');

/** Adds an interaction to a contact's log; it ends any snooze. */
export const logInteraction = (contactId: string, entry: Omit<Interaction, 'id'>) => change((s) => p.logInteraction(s, contactId, { id: newId(), ...entry }));
export const removeInteraction = (contactId: string, interactionId: string) => change((s) => p.removeInteraction(s, contactId, interactionId));
/** Pushes a follow-up 1, 2 or 4 weeks later. */
export const snooze = (contactId: string, today: IsoDay, weeks: SnoozeWeeks) => change((s) => p.snooze(s, contactId, today, weeks));
/** The one-click „heute kontaktiert“. */
export const markContactedToday = (contactId: string, today: IsoDay) => change((s) => p.markContactedToday(s, contactId, newId(), today));

export const setSectionDone = (section: SectionId, done: boolean) => change((s) => p.setSectionDone(s, section, done));
