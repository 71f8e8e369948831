/**
 * Words the plan's dates for the calendar file: titles, descriptions and categories from the
 * plan's dictionary, which the page hands to the island and the island to the calendar worker.
 */
import type { PlanCalendarTexts } from '../../i18n/de/plan';
import { fill, formatDay } from '../../i18n/format';
import type { CalendarEvent } from '../../lib/plan/ics';
import type { FollowUpLine, PlanEvent } from '../../lib/plan/plan-calendar';
import type { Priority } from '../../lib/planner/planner-schema';

/** The words the calendar needs: its own, and the names of the priorities. */
export interface CalendarWords {
  texts: PlanCalendarTexts;
  priorities: Readonly<Record<Priority, string>>;
}

function lineText(line: FollowUpLine, { texts, priorities }: CalendarWords): string {
  const template = texts.followUp.lines[line.code];
  switch (line.code) {
    case 'priority':
      return fill(template, { priority: priorities[line.priority] });
    case 'lastContact':
      return fill(template, { day: formatDay(line.day, 'short') });
    default:
      return fill(template, line);
  }
}

/**
 * One date of the plan as a calendar event, worded.
 * @example calendarEvent({ kind: 'birthday', uid: 'g@x', date: '2026-03-14', name: 'Rosa', repeat: 'yearly' }, words).summary // 'Geburtstag: Rosa'
 */
export function calendarEvent(event: PlanEvent, words: CalendarWords): CalendarEvent {
  const worded = wordedEvent(event, words);
  return event.cancelled ? { ...worded, cancelled: true } : worded;
}

function wordedEvent(event: PlanEvent, words: CalendarWords): CalendarEvent {
  const t = words.texts;
  const { uid, date } = event;
  switch (event.kind) {
    case 'followUp':
      return {
        uid,
        date,
        summary: fill(t.followUp.summary, { name: event.name }),
        description: event.lines.map((l) => lineText(l, words)).join('\n'),
        categories: [t.category, t.followUp.category],
      };
    case 'action':
      return { uid, date, summary: event.title, description: t.action.description, categories: [t.category, t.action.category] };
    case 'birthday':
      return {
        uid,
        date,
        summary: fill(t.birthday.summary, { name: event.name }),
        description: t.birthday.description[event.repeat],
        categories: [t.category, t.birthday.category],
        repeat: event.repeat,
      };
  }
}
