/**
 * Which dates of the plan go into the calendar file: the next follow-up with each contact, the due
 * days of open actions, and birthdays as yearly events.
 */
import { nextFollowUp, lastInteraction } from '../planner/follow-up';
import { buildCalendar, type CalendarEvent } from './ics';
import { isLeapYear, laterDay, yearOf, type IsoDay } from '../dates/iso-day';
import { PRIORITY_LABELS } from '../../i18n/de/planner-choices';
import type { Alarm, Contact, PlannerData } from '../planner/planner-schema';
import { formatDay } from '../../i18n/format';

const UID_DOMAIN = 'netzwerk-kompass';
const CATEGORY = 'Netzwerk-Kompass';

/** When each reminder choice fires, relative to the start of the all-day event. */
export const ALARM_TRIGGERS: Record<Alarm, string | undefined> = {
  keine: undefined,
  tag: 'PT9H',
  vortag: '-PT6H',
  woche: '-P6DT15H',
};

/** The file name offered for download. */
export const CALENDAR_FILE_NAME = 'netzwerk-kompass-plan.ics';

function followUpDescription(c: Contact): string {
  const last = lastInteraction(c.log);
  return [
    c.organisation && `Organisation: ${c.organisation}`,
    `Priorität: ${PRIORITY_LABELS[c.priority]}`,
    `Letzter Kontakt: ${last ? formatDay(last, 'short') : 'noch keiner eingetragen'}`,
    c.topics && `Worüber ihr gesprochen habt: ${c.topics}`,
    c.offerThem && `Was du anbieten kannst: ${c.offerThem}`,
  ]
    .filter(Boolean)
    .join('\n');
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
 * The calendar events of a plan. Overdue follow-ups are placed on today, so that they show up
 * instead of hiding in the past. Done actions and actions without a date are left out.
 */
export function planEvents(state: PlannerData, today: IsoDay): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (const c of state.contacts) {
    const next = nextFollowUp(c);
    if (next === null) continue;
    events.push({
      uid: `nachfassen-${c.id}@${UID_DOMAIN}`,
      date: laterDay(next, today),
      summary: `Bei ${c.name} melden`,
      description: followUpDescription(c),
      categories: [CATEGORY, 'Kontaktpflege'],
    });
  }
  for (const a of state.actions) {
    if (a.done || a.due === '') continue;
    events.push({ uid: `aktion-${a.id}@${UID_DOMAIN}`, date: a.due, summary: a.title, description: 'Aktion aus deinem Networking-Plan', categories: [CATEGORY, 'Aktion'] });
  }
  for (const c of state.contacts) {
    if (!c.birthday) continue;
    events.push({
      uid: `geburtstag-${c.id}@${UID_DOMAIN}`,
      date: birthdayStart(c.birthday, today),
      summary: `Geburtstag: ${c.name}`,
      description: c.birthday === '02-29' ? 'Geboren am 29. Februar – in Jahren ohne diesen Tag erinnert dich der Kalender am 28. Februar.' : 'Ein kurzer Gruß freut fast alle.',
      categories: [CATEGORY, 'Geburtstag'],
      repeat: c.birthday === '02-29' ? 'yearly-end-of-february' : 'yearly',
    });
  }
  return events;
}

/**
 * The calendar file for a plan, with the reminder the reader chose.
 * @example planCalendar(state, '2026-03-02', '2026-03-02T09:00:00Z') // 'BEGIN:VCALENDAR\r\n…'
 */
export function planCalendar(state: PlannerData, today: IsoDay, stamp: string): string {
  const alarm = ALARM_TRIGGERS[state.alarm];
  return buildCalendar(planEvents(state, today), { stamp, name: 'Mein Networking-Plan', ...(alarm ? { alarm } : {}) });
}
