/** The planner's contact actions (only the contacts page needs them); they change the planner's store. */
import type { SnoozeWeeks } from '../lib/planner/follow-up';
import type { IsoDay } from '../lib/dates/iso-day';
import * as c from '../lib/planner/planner-contacts';
import { addItem, patchItem, removeItem, type Patch } from '../lib/planner/planner';
import type { Contact, Interaction, PlannerData } from '../lib/planner/planner-schema';
import { plannerStore, removeUndoable } from './planner';
import { newId } from '../lib/storage/new-id';

const change = (fn: (state: PlannerData) => PlannerData) => plannerStore.update(fn);

/** Adds a contact (with `first` as the first entry of its log, if given) and returns its id. */
export function addContact(fields: c.ContactFields, today: IsoDay, first?: Omit<Interaction, 'id'>): string {
  const id = newId();
  change((s) => addItem(s, 'contacts', c.newContact(fields, id, today, first && { id: newId(), ...first })));
  return id;
}
/** Saves a copy of `contact` (e.g. one deleted in another tab while it was open here) as a new contact; returns its id. */
export function addContactCopy(contact: Contact): string {
  const id = newId();
  change((s) => addItem(s, 'contacts', { ...contact, id }));
  return id;
}
/** Changes a contact's details. */
export const updateContact = (id: string, fields: Patch<Contact>) => change((s) => patchItem(s, 'contacts', id, fields));
/** Removes a contact with its whole log. */
export const removeContact = (id: string) => change((s) => removeItem(s, 'contacts', id));

/** Adds an interaction to a contact's log; it ends any snooze. */
export const logInteraction = (contactId: string, entry: Omit<Interaction, 'id'>) => change((s) => c.logInteraction(s, contactId, { id: newId(), ...entry }));
/** Removes one entry from a contact's log and keeps it for „Rückgängig“ (`label` names it, `focusId` gets focus when it is back). */
export const removeInteraction = (contactId: string, interactionId: string, label: string, focusId: string) =>
  removeUndoable(
    (s) => {
      const taken = c.interactionAt(s, contactId, interactionId);
      return taken && { state: c.removeInteraction(s, contactId, interactionId), restore: (next) => c.restoreInteraction(next, contactId, taken.entry, taken.index) };
    },
    label,
    focusId,
  );
/** Pushes a follow-up 1, 2 or 4 weeks later. */
export const snooze = (contactId: string, today: IsoDay, weeks: SnoozeWeeks) => change((s) => c.snooze(s, contactId, today, weeks));
/** The one-click „heute kontaktiert“. */
export const markContactedToday = (contactId: string, today: IsoDay) => change((s) => c.markContactedToday(s, contactId, newId(), today));
