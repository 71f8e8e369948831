/**
 * Which dates of the plan go into the calendar file: the next follow-up with each contact, the due
 * days of open actions, and birthdays as yearly events. The dates come out as data (`PlanEvent`);
 * the caller words them (islands/plan/calendar-words.ts) and `planCalendar` writes the file.
 */
import { nextFollowUp, lastInteraction } from '../planner/follow-up';
import { buildCalendar, type CalendarEvent } from './ics';
import { isLeapYear, laterDay, yearOf, type IsoDay } from '../dates/iso-day';
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

/** A date of the plan for the calendar, before it is worded: a follow-up, an action or a birthday. */
export type PlanEvent =
  | { kind: 'followUp'; uid: string; date: IsoDay; name: string; lines: FollowUpLine[] }
  | { kind: 'action'; uid: string; date: IsoDay; title: string }
  | { kind: 'birthday'; uid: string; date: IsoDay; name: string; repeat: 'yearly' | 'yearly-end-of-february' };

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
 * @example birthdayStart('02-29', '2027-06-01') // '2027-02-28'
 */
export function birthdayStart(birthday: string, today: IsoDay): IsoDay {
  const year = yearOf(today);
  if (birthday === '02-29') return `${year}-02-${isLeapYear(year) ? '29' : '28'}`;
  return `${year}-${birthday}`;
}

/**
 * The dates of a plan for the calendar. Overdue follow-ups are placed on today, so that they show up
 * instead of hiding in the past. Done actions and actions without a date are left out.
 * @example planEvents(plannerStates.complete, '2026-03-02')[0] // { kind: 'followUp', uid: 'nachfassen-k1@netzwerk-kompass', date: '2026-03-02', name: 'M. Bauer', lines: [...] }
 */
export function planEvents(state: PlannerData, today: IsoDay): PlanEvent[] {
  const events: PlanEvent[] = [];
  for (const c of state.contacts) {
    const next = nextFollowUp(c);
    if (next === null) continue;
    events.push({ kind: 'followUp', uid: `nachfassen-${c.id}@${UID_DOMAIN}`, date: laterDay(next, today), name: c.name, lines: followUpLines(c) });
  }
  for (const a of state.actions) {
    if (a.done || a.due === '') continue;
    events.push({ kind: 'action', uid: `aktion-${a.id}@${UID_DOMAIN}`, date: a.due, title: a.title });
  }
  for (const c of state.contacts) {
    if (!c.birthday) continue;
    events.push({
      kind: 'birthday',
      uid: `geburtstag-${c.id}@${UID_DOMAIN}`,
      date: birthdayStart(c.birthday, today),
      name: c.name,
      repeat: c.birthday === '02-29' ? 'yearly-end-of-february' : 'yearly',
    });
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
