/**
 * Which dates of the plan go into the calendar file: the next follow-up with each contact, the due
 * days of open actions, and birthdays as yearly events. Overdue follow-ups are spread over the
 * coming days; what is finished comes out cancelled under its old UID, so a re-import removes it.
 * The dates come out as data (`PlanEvent`); the caller words them (islands/plan/calendar-words.ts)
 * and `planCalendar` writes the file.
 */
import { nextFollowUp, lastInteraction } from '../planner/follow-up';
import { birthdayMonthDay } from '../planner/birthday';
import { buildCalendar, type CalendarEvent } from './ics';
import { addDays, isLeapYear, laterDay, yearOf, type IsoDay } from '../dates/iso-day';
import type { Alarm, Contact, Interaction, PlannerData, Priority } from '../planner/planner-schema';

const UID_DOMAIN = 'netzwerk-kompass';

/** When each reminder choice fires, relative to the start of the all-day event. */
export const ALARM_TRIGGERS: Record<Alarm, string | undefined> = {
  keine: undefined,
  tag: 'PT9H',
  vortag: '-PT6H',
  woche: '-P6DT15H',
};

/** The file name offered for download. */
export const CALENDAR_FILE_NAME = 'netzwerk-kompass-plan.ics';

/** One line of a follow-up's description, by what it tells; the caller words it. */
export type FollowUpLine =
  | { code: 'organisation'; organisation: string }
  | { code: 'priority'; priority: Priority }
  | { code: 'lastContact'; day: IsoDay }
  | { code: 'noLastContact' }
  | { code: 'topics'; topics: string }
  | { code: 'offer'; offer: string };

/**
 * A date of the plan for the calendar, before it is worded: a follow-up, an action or a birthday.
 * `cancelled` marks one that is finished or left out of this export, written so that calendars
 * remove the event they imported under the same UID.
 */
export type PlanEvent = (
  | { kind: 'followUp'; uid: string; date: IsoDay; name: string; lines: FollowUpLine[] }
  | { kind: 'action'; uid: string; date: IsoDay; title: string }
  | { kind: 'birthday'; uid: string; date: IsoDay; name: string; repeat: 'yearly' | 'yearly-end-of-february' }
) & { cancelled?: true };

/**
 * At most this many overdue follow-ups land on one day. Three is what fits beside a working day –
 * a message or a short call each, about half an hour together – and it clears a backlog of a
 * hundred in about five weeks, A contacts first. Follow-ups that are due on a day anyway count
 * towards its three; they keep their day even when there are more.
 */
export const FOLLOW_UPS_PER_DAY = 3;

/** What the reader chose for this export (not stored: a choice of the moment). */
export interface CalendarScope {
  /** Only A and B contacts: C contacts' follow-ups and birthdays come out cancelled. */
  onlyAB?: boolean;
}

const priorityRank: Record<Priority, number> = { A: 0, B: 1, C: 2 };

/** Whether a contact's dates belong in an export of this scope. */
export function inScope(priority: Priority, scope: CalendarScope = {}): boolean {
  return !scope.onlyAB || priority !== 'C';
}

/**
 * The day each follow-up goes on: one that is not overdue keeps its day; the overdue ones are
 * spread from today on, A before B before C (and within a priority the longest overdue first),
 * filling each day up to `perDay` follow-ups. The same follow-ups and day give the same days.
 * @example spreadFollowUps([{ id: 'k1', next: '2026-01-01', priority: 'B' }, { id: 'k2', next: '2026-02-01', priority: 'A' }], '2026-03-02', 1)
 * // Map { 'k2' => '2026-03-02', 'k1' => '2026-03-03' }
 */
export function spreadFollowUps(
  followUps: readonly { id: string; next: IsoDay; priority: Priority }[],
  today: IsoDay,
  perDay = FOLLOW_UPS_PER_DAY,
): Map<string, IsoDay> {
  const days = new Map<string, IsoDay>();
  const load = new Map<IsoDay, number>();
  const overdue: typeof followUps[number][] = [];
  for (const f of followUps) {
    if (f.next < today) {
      overdue.push(f);
      continue;
    }
    days.set(f.id, f.next);
    load.set(f.next, (load.get(f.next) ?? 0) + 1);
  }
  overdue.sort((a, b) => priorityRank[a.priority] - priorityRank[b.priority] || (a.next < b.next ? -1 : a.next > b.next ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let day = today;
  for (const f of overdue) {
    while ((load.get(day) ?? 0) >= perDay) day = addDays(day, 1);
    days.set(f.id, day);
    load.set(day, (load.get(day) ?? 0) + 1);
  }
  return days;
}

/**
 * How many events of an export are open (not cancelled) – what the plan's toolbar announces.
 * @example openEventCount(plannerStates.complete, { onlyAB: true }) // 7
 */
export function openEventCount(state: PlannerData, scope: CalendarScope = {}): number {
  let count = 0;
  for (const c of state.contacts) if (inScope(c.priority, scope)) count += (nextFollowUp(c) === null ? 0 : 1) + (c.birthday ? 1 : 0);
  for (const a of state.actions) if (!a.done && a.due !== '') count++;
  return count;
}

/**
 * What helps in the conversation with a contact, line by line: organisation, topics and offer only
 * when entered; the last contact, or that there was none yet.
 */
export function followUpLines(c: Pick<Contact, 'organisation' | 'priority' | 'topics' | 'offerThem'> & { log: readonly Pick<Interaction, 'date'>[] }): FollowUpLine[] {
  const last = lastInteraction(c.log);
  const lines: FollowUpLine[] = [];
  if (c.organisation) lines.push({ code: 'organisation', organisation: c.organisation });
  lines.push({ code: 'priority', priority: c.priority });
  lines.push(last ? { code: 'lastContact', day: last } : { code: 'noLastContact' });
  if (c.topics) lines.push({ code: 'topics', topics: c.topics });
  if (c.offerThem) lines.push({ code: 'offer', offer: c.offerThem });
  return lines;
}

/**
 * The first day of a birthday series: this year's birthday, where 29 February becomes the last day
 * of February (and the series then repeats on the last day of February every year).
 * A birthday with a year (`1980-03-14`) starts its series this year too: the event is the yearly
 * birthday, not the day of birth.
 * @example birthdayStart('02-29', '2027-06-01') // '2027-02-28'
 * @example birthdayStart('1980-03-14', '2027-06-01') // '2027-03-14'
 */
export function birthdayStart(stored: string, today: IsoDay): IsoDay {
  const birthday = birthdayMonthDay(stored);
  const year = yearOf(today);
  if (birthday === '02-29') return `${year}-02-${isLeapYear(year) ? '29' : '28'}`;
  return `${year}-${birthday}`;
}

/**
 * The dates of a plan for the calendar, each under a UID that stays the same across exports (one
 * per contact's follow-up, so a logged contact moves its event instead of adding one). Overdue
 * follow-ups are spread over the coming days (`spreadFollowUps`) instead of hiding in the past.
 * Cancelled, under their old UID: done actions with a date, follow-ups of contacts without rhythm
 * (no next contact planned any more), and with `onlyAB` the C contacts' follow-ups and birthdays.
 * Actions without a date never had an event and are left out.
 * @example planEvents(plannerStates.complete, '2026-03-02')[0] // { kind: 'followUp', uid: 'nachfassen-k1@netzwerk-kompass', date: '2026-03-02', name: 'M. Bauer', lines: [...] }
 */
export function planEvents(state: PlannerData, today: IsoDay, scope: CalendarScope = {}): PlanEvent[] {
  const events: PlanEvent[] = [];
  const open: { id: string; next: IsoDay; priority: Priority }[] = [];
  for (const c of state.contacts) {
    const next = nextFollowUp(c);
    if (next !== null && inScope(c.priority, scope)) open.push({ id: c.id, next, priority: c.priority });
  }
  const days = spreadFollowUps(open, today);
  for (const c of state.contacts) {
    const day = days.get(c.id);
    const next = nextFollowUp(c);
    const event: PlanEvent = { kind: 'followUp', uid: `nachfassen-${c.id}@${UID_DOMAIN}`, date: day ?? laterDay(next ?? today, today), name: c.name, lines: followUpLines(c) };
    events.push(day ? event : { ...event, cancelled: true });
  }
  for (const a of state.actions) {
    if (a.due === '') continue;
    const event: PlanEvent = { kind: 'action', uid: `aktion-${a.id}@${UID_DOMAIN}`, date: a.due, title: a.title };
    events.push(a.done ? { ...event, cancelled: true } : event);
  }
  for (const c of state.contacts) {
    if (!c.birthday) continue;
    const event: PlanEvent = {
      kind: 'birthday',
      uid: `geburtstag-${c.id}@${UID_DOMAIN}`,
      date: birthdayStart(c.birthday, today),
      name: c.name,
      repeat: birthdayMonthDay(c.birthday) === '02-29' ? 'yearly-end-of-february' : 'yearly',
    };
    events.push(inScope(c.priority, scope) ? event : { ...event, cancelled: true });
  }
  return events;
}

/**
 * The calendar file for worded events, with the reminder the reader chose.
 * @example planCalendar(events, 'vortag', '2026-03-02T09:00:00Z', 'Mein Networking-Plan') // 'BEGIN:VCALENDAR\r\n…'
 */
export function planCalendar(events: readonly CalendarEvent[], alarm: Alarm, stamp: string, name: string): string {
  const trigger = ALARM_TRIGGERS[alarm];
  return buildCalendar(events, { stamp, name, ...(trigger ? { alarm: trigger } : {}) });
}
