/**
 * Pure changes to the planner's contacts: new contacts, their log, snooze and „heute kontaktiert“.
 * Kept apart from planner.ts so that only the contacts page loads the follow-up logic.
 */
import { contactedToday, snoozeContact, withInteraction, type SnoozeWeeks } from './follow-up';
import type { IsoDay } from '../dates/iso-day';
import { removeById } from './planner';
import { emptyContactDetails, type Contact, type Interaction, type InteractionChannel, type PlannerData, type Priority, type Rhythm } from './planner-schema';

/** The fields a reader fills in for a new contact. */
export type ContactFields = Omit<Contact, 'id' | 'added' | 'snoozedUntil' | 'log'>;

/** What a new contact starts with until the reader chooses otherwise: priority A (listed first) and no fixed rhythm. */
export const NEW_CONTACT_DEFAULTS: { priority: Priority; rhythm: Rhythm } = { priority: 'A', rhythm: '' };

/** How a logged interaction happened until the reader picks another way. */
export const DEFAULT_INTERACTION_CHANNEL: InteractionChannel = 'treffen';

/**
 * The fields of a new contact from the short form: name and organisation trimmed, every detail
 * still empty (the reader adds them in the contact itself).
 * @example contactFields({ name: ' M. Bauer ', organisation: '', ...NEW_CONTACT_DEFAULTS }).met // ''
 */
export function contactFields(form: { name: string; organisation: string; priority: Priority; rhythm: Rhythm }): ContactFields {
  return { name: form.name.trim(), organisation: form.organisation.trim(), met: '', introducedBy: '', topics: '', offerThem: '', offerMe: '', birthday: '', rhythm: form.rhythm, priority: form.priority, ...emptyContactDetails() };
}

/**
 * Why a day cannot be logged as an interaction: none given (`missing`), or one after today
 * (`future` – a planned meeting is an action, not a contact that happened). Null when it can.
 * @example interactionDateProblem('2026-03-03', '2026-03-02') // 'future'
 */
export function interactionDateProblem(date: string, today: IsoDay): 'missing' | 'future' | null {
  if (!date) return 'missing';
  return date > today ? 'future' : null;
}

/** A new contact, added today, with an empty log (or one first interaction). */
export function newContact(fields: ContactFields, id: string, today: IsoDay, first?: Interaction): Contact {
  return { ...fields, id, added: today, snoozedUntil: '', log: first ? [first] : [] };
}

function changeContact(state: PlannerData, id: string, change: (c: Contact) => Contact): PlannerData {
  return { ...state, contacts: state.contacts.map((c) => (c.id === id ? change(c) : c)) };
}

/** The state with an interaction added to a contact's log; it ends any snooze. */
export function logInteraction(state: PlannerData, contactId: string, interaction: Interaction): PlannerData {
  return changeContact(state, contactId, (c) => withInteraction(c, interaction));
}

/** The state without one entry of a contact's log. */
export function removeInteraction(state: PlannerData, contactId: string, interactionId: string): PlannerData {
  return changeContact(state, contactId, (c) => ({ ...c, log: removeById(c.log, interactionId) }));
}

/** Where entry `interactionId` stands in a contact's log, with the entry; null when it is not there. */
export function interactionAt(state: PlannerData, contactId: string, interactionId: string): { entry: Interaction; index: number } | null {
  const log = state.contacts.find((c) => c.id === contactId)?.log ?? [];
  const index = log.findIndex((e) => e.id === interactionId);
  return index < 0 ? null : { entry: log[index]!, index };
}

/**
 * The state with a removed log entry back at its place (at the end when the log got shorter);
 * unchanged when the entry is there already or the contact is gone, so undoing twice restores it once.
 */
export function restoreInteraction(state: PlannerData, contactId: string, entry: Interaction, index: number): PlannerData {
  return changeContact(state, contactId, (c) => {
    if (c.log.some((e) => e.id === entry.id)) return c;
    const at = Math.min(Math.max(0, index), c.log.length);
    return { ...c, log: [...c.log.slice(0, at), entry, ...c.log.slice(at)] };
  });
}

/** The state with a contact's follow-up pushed `weeks` later (see `snoozeUntil`). */
export function snooze(state: PlannerData, contactId: string, today: IsoDay, weeks: SnoozeWeeks): PlannerData {
  return changeContact(state, contactId, (c) => snoozeContact(c, today, weeks));
}

/** The state after the one-click „heute kontaktiert“ for a contact. */
export function markContactedToday(state: PlannerData, contactId: string, interactionId: string, today: IsoDay): PlannerData {
  return changeContact(state, contactId, (c) => contactedToday(c, interactionId, today));
}
