/**
 * Contact care: when the reader last spoke to someone, when to get in touch next, what is due,
 * and whose birthday is coming up. Everything is derived from the saved contacts and `today`.
 */
import { addDays, addMonths, daysBetween, isLeapYear, laterDay, yearOf, type IsoDay } from '../dates/iso-day';
import type { Contact, Interaction, Priority, Rhythm } from './planner-schema';
import { birthdayMonthDay } from './birthday';
import { compareText, textRanks } from '../../i18n/format';
import { keptPerText } from '../text/kept';

/** How far ahead the due list looks: follow-ups in the next two weeks are shown with the overdue ones. */
export const DUE_HORIZON_DAYS = 14;
/** Birthdays from today up to and including this many days ahead are listed. */
export const BIRTHDAY_HORIZON_DAYS = 30;
export const SNOOZE_WEEKS = [1, 2, 4] as const;
export type SnoozeWeeks = (typeof SNOOZE_WEEKS)[number];

/**
 * The day of the most recent interaction in a log, or null for an empty log.
 * The log need not be sorted.
 * @example lastInteraction([{ date: '2026-01-10', … }, { date: '2026-03-02', … }]) // '2026-03-02'
 */
export function lastInteraction(log: readonly Pick<Interaction, 'date'>[]): IsoDay | null {
  let last: IsoDay | null = null;
  for (const entry of log) if (last === null || entry.date > last) last = entry.date;
  return last;
}

/**
 * The day one rhythm after `from`; null when there is no rhythm.
 * @example addRhythm('2026-01-31', '1m') // '2026-02-28'
 */
export function addRhythm(from: IsoDay, rhythm: Rhythm): IsoDay | null {
  if (rhythm === '') return null;
  // Thousands of contacts share a few hundred days and seven rhythms: each pair is worked out once.
  return dayAfterRhythm(`${from} ${rhythm}`);
}
const dayAfterRhythm = keptPerText((key): IsoDay => {
  const [from, rhythm] = key.split(' ') as [IsoDay, Rhythm];
  return rhythm === '2w' ? addDays(from, 14) : addMonths(from, Number(rhythm.slice(0, -1)));
}, 20_000);

type FollowUpFields = Pick<Contact, 'log' | 'rhythm' | 'added' | 'snoozedUntil'>;

/**
 * When to get in touch next: the last interaction (or the day the contact was added, while the
 * log is empty) plus the rhythm – unless the reader snoozed it to a later day. Null without a rhythm.
 * @example nextFollowUp({ log: [{ date: '2026-01-15', … }], rhythm: '3m', added: '2025-12-01', snoozedUntil: '' }) // '2026-04-15'
 */
export function nextFollowUp(contact: FollowUpFields): IsoDay | null {
  // Kept per contact object (contacts are never changed in place): the due list, the list and the
  // map ask for every contact after each edit, which changes one.
  const known = followUps.get(contact);
  if (known !== undefined) return known;
  const rhythmic = addRhythm(lastInteraction(contact.log) ?? contact.added, contact.rhythm);
  const next = rhythmic !== null && contact.snoozedUntil ? laterDay(rhythmic, contact.snoozedUntil) : rhythmic;
  followUps.set(contact, next);
  return next;
}
const followUps = new WeakMap<FollowUpFields, IsoDay | null>();

/**
 * The day a follow-up is snoozed to: `weeks` after the follow-up, or after today if it is overdue,
 * so that „later“ always means later than both.
 * @example snoozeUntil('2026-03-01', '2026-03-10', 1) // '2026-03-17'
 * @example snoozeUntil('2026-03-20', '2026-03-10', 1) // '2026-03-27'
 */
export function snoozeUntil(next: IsoDay | null, today: IsoDay, weeks: SnoozeWeeks): IsoDay {
  return addDays(laterDay(next ?? today, today), weeks * 7);
}

/**
 * A contact after being snoozed: nothing else changes.
 */
export function snoozeContact<C extends FollowUpFields>(contact: C, today: IsoDay, weeks: SnoozeWeeks): C {
  return { ...contact, snoozedUntil: snoozeUntil(nextFollowUp(contact), today, weeks) };
}

/**
 * A contact with one more interaction in its log. A snooze ends, because the new interaction
 * sets the next follow-up afresh.
 */
export function withInteraction<C extends FollowUpFields>(contact: C, interaction: Interaction): C {
  return { ...contact, log: [...contact.log, interaction], snoozedUntil: '' };
}

/**
 * A contact after the one-click „heute kontaktiert“: an interaction dated today, without note.
 * @example contactedToday(contact, 'i1', '2026-03-02').log.at(-1) // { id: 'i1', date: '2026-03-02', channel: '', note: '' }
 */
export function contactedToday<C extends FollowUpFields>(contact: C, interactionId: string, today: IsoDay): C {
  return withInteraction(contact, { id: interactionId, date: today, channel: '', note: '' });
}

/** One row of the due list. */
export interface DueItem {
  id: string;
  name: string;
  organisation: string;
  priority: Priority;
  next: IsoDay;
  /** Days the follow-up is late; 0 when it is due today, negative when it lies ahead. */
  daysLate: number;
  overdue: boolean;
}

const priorityRank: Record<Priority, number> = { A: 0, B: 1, C: 2 };

/**
 * Contacts whose follow-up is overdue or falls within `horizon` days, earliest first; on the same
 * day priority A before B before C, then by name. Overdue means the day lies before today.
 */
export function dueList(contacts: readonly Contact[], today: IsoDay, horizon = DUE_HORIZON_DAYS): DueItem[] {
  const until = addDays(today, horizon);
  const items: DueItem[] = [];
  for (const c of contacts) {
    const next = nextFollowUp(c);
    if (next === null || next > until) continue;
    const daysLate = daysBetween(next, today);
    items.push({ id: c.id, name: c.name, organisation: c.organisation, priority: c.priority, next, daysLate, overdue: daysLate > 0 });
  }
  const names = textRanks(items.map((item) => item.name));
  return items.sort(
    (a, b) => (a.next < b.next ? -1 : a.next > b.next ? 1 : 0) || priorityRank[a.priority] - priorityRank[b.priority] || names.get(a.name)! - names.get(b.name)! || (a.id < b.id ? -1 : 1),
  );
}

/**
 * How many contacts the due list holds and how many of them are overdue – what the due list and
 * its glimpse on the overview both sum up in one sentence.
 * @example dueCounts([{ overdue: true, … }, { overdue: false, … }]) // { due: 2, overdue: 1 }
 */
export function dueCounts(items: readonly Pick<DueItem, 'overdue'>[]): { due: number; overdue: number } {
  return { due: items.length, overdue: items.filter((i) => i.overdue).length };
}

/**
 * A log newest first; entries of the same day keep their order.
 * @example newestFirst([{ date: '2026-01-10', … }, { date: '2026-03-02', … }]).map((e) => e.date) // ['2026-03-02', '2026-01-10']
 */
export function newestFirst<T extends Pick<Interaction, 'date'>>(log: readonly T[]): T[] {
  return [...log].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/**
 * The next day, from `today` on, that a birthday given as `MM-DD` or `YYYY-MM-DD` falls on. 29 February is
 * celebrated on 28 February in years without a 29 February (the calendar file does the same).
 * @example nextBirthday('12-31', '2026-12-31') // '2026-12-31'
 * @example nextBirthday('02-29', '2027-01-10') // '2027-02-28'
 */
export function nextBirthday(stored: string, today: IsoDay): IsoDay {
  const birthday = birthdayMonthDay(stored);
  const inYear = (year: number) => {
    const monthDay = birthday === '02-29' && !isLeapYear(year) ? '02-28' : birthday;
    return `${year}-${monthDay}`;
  };
  const year = yearOf(today);
  const thisYear = inYear(year);
  return thisYear >= today ? thisYear : inYear(year + 1);
}

export interface UpcomingBirthday {
  id: string;
  name: string;
  date: IsoDay;
  /** 0 today, 1 tomorrow … */
  inDays: number;
}

/**
 * Birthdays from today up to `horizon` days ahead (inclusive), soonest first, also across the turn
 * of the year.
 */
export function upcomingBirthdays(contacts: readonly Contact[], today: IsoDay, horizon = BIRTHDAY_HORIZON_DAYS): UpcomingBirthday[] {
  const list: UpcomingBirthday[] = [];
  for (const c of contacts) {
    if (!c.birthday) continue;
    const date = nextBirthday(c.birthday, today);
    const inDays = daysBetween(today, date);
    if (inDays <= horizon) list.push({ id: c.id, name: c.name, date, inDays });
  }
  return list.sort((a, b) => a.inDays - b.inDays || compareText(a.name, b.name));
}
