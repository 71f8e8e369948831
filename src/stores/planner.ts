/**
 * The planner's store (`nk:planer`) and the only way islands change it: named actions that apply
 * pure functions from src/lib. Ids are made here, where randomness belongs.
 */
import { atom } from 'nanostores';
import type { SnoozeWeeks } from '../lib/follow-up';
import type { IsoDay } from '../lib/iso-day';
import { NO_PLAN_INPUTS, type PlanInputs } from '../lib/plan-inputs';
import * as p from '../lib/planner';
import { plannerDefinition, type Action, type Channel, type ChannelType, type Contact, type Goal, type Interaction, type PlannerData, type SectionId, type TargetGroup } from '../lib/planner-schema';
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

/** Adds an empty goal and returns its id. */
export function addGoal(): string {
  const id = newId();
  change((s) => p.addGoal(s, id));
  return id;
}
export const updateGoal = (id: string, patch: p.Patch<Goal>) => change((s) => p.updateGoal(s, id, patch));
export const removeGoal = (id: string) => change((s) => p.removeGoal(s, id));

/** Adds an empty target group and returns its id. */
export function addGroup(): string {
  const id = newId();
  change((s) => p.addGroup(s, id));
  return id;
}
export const updateGroup = (id: string, patch: p.Patch<TargetGroup>) => change((s) => p.updateGroup(s, id, patch));
export const removeGroup = (id: string) => change((s) => p.removeGroup(s, id));

/** Adds a channel with the default estimate for its type and returns its id. */
export function addChannel(type: ChannelType, name = ''): string {
  const id = newId();
  change((s) => p.addChannel(s, id, type, name));
  return id;
}
export const updateChannel = (id: string, patch: p.Patch<Channel>) => change((s) => p.updateChannel(s, id, patch));
export const removeChannel = (id: string) => change((s) => p.removeChannel(s, id));

export const setHoursPerMonth = (hours: number | null) => change((s) => p.setHoursPerMonth(s, hours));
export const setMinutesPerFollowUp = (minutes: number) => change((s) => p.setMinutesPerFollowUp(s, minutes));
export const setOffer = (offer: string) => change((s) => p.setOffer(s, offer));
export const setIntro = (intro: string) => change((s) => p.setIntro(s, intro));

/** Adds an open action and returns its id. */
export function addAction(title: string, due: IsoDay | ''): string {
  const id = newId();
  change((s) => p.addAction(s, { id, title, due, done: false }));
  return id;
}
export const updateAction = (id: string, patch: p.Patch<Action>) => change((s) => p.updateAction(s, id, patch));
export const removeAction = (id: string) => change((s) => p.removeAction(s, id));

/** Adds a contact (with a first interaction when `firstContact` is a day) and returns its id. */
export function addContact(fields: p.ContactFields, today: IsoDay, firstContact: IsoDay | ''): string {
  const id = newId();
  const first = firstContact ? { id: newId(), date: firstContact, channel: '' as const, note: 'Kennengelernt' } : undefined;
  change((s) => p.addContact(s, p.newContact(fields, id, today, first)));
  return id;
}
export const updateContact = (id: string, patch: p.Patch<Contact>) => change((s) => p.updateContact(s, id, patch));
export const removeContact = (id: string) => change((s) => p.removeContact(s, id));

/** Adds an interaction to a contact's log. */
export function logInteraction(contactId: string, entry: Omit<Interaction, 'id'>): void {
  const id = newId();
  change((s) => p.logInteraction(s, contactId, { id, ...entry }));
}
export const removeInteraction = (contactId: string, interactionId: string) => change((s) => p.removeInteraction(s, contactId, interactionId));
export const snooze = (contactId: string, today: IsoDay, weeks: SnoozeWeeks) => change((s) => p.snooze(s, contactId, today, weeks));
export function markContactedToday(contactId: string, today: IsoDay): void {
  const id = newId();
  change((s) => p.markContactedToday(s, contactId, id, today));
}

export const setSectionDone = (section: SectionId, done: boolean) => change((s) => p.setSectionDone(s, section, done));
export const setOwner = (owner: string) => change((s) => p.setOwner(s, owner));
export const setAlarm = (alarm: PlannerData['alarm']) => change((s) => p.setAlarm(s, alarm));
