/**
 * The timeline of the next weeks: open actions with a due day, each contact's next follow-up and
 * birthdays, week by week from today, with what is already overdue at the start. Channels have a
 * rhythm (so many times per week, month, quarter or year) but no dates, so they appear as what
 * they are: recurring occasions, listed once with their rhythm rather than invented days.
 */
import { addDays, type IsoDay } from '../dates/iso-day';
import { birthdayMonthDay } from '../planner/birthday';
import { nextBirthday, nextFollowUp } from '../planner/follow-up';
import type { Action, Channel, Contact, Priority } from '../planner/planner-schema';
import { compareText } from '../../i18n/format';

/** Weeks on screen (the planner overview) and on paper (three months in the plan). */
export const TIMELINE_WEEKS = { screen: 12, paper: 13 } as const;

export type TimelineEntry =
  | { kind: 'action'; day: IsoDay; id: string; title: string }
  | { kind: 'followUp'; day: IsoDay; id: string; name: string; priority: Priority }
  | { kind: 'birthday'; day: IsoDay; id: string; name: string };

export interface TimelineWeek {
  /** First and last day of the week (seven days from `start`). */
  start: IsoDay;
  end: IsoDay;
  entries: TimelineEntry[];
}

export interface Timeline {
  /** Open actions and follow-ups whose day lies before today, earliest first. */
  overdue: TimelineEntry[];
  weeks: TimelineWeek[];
  /** The reader's channels with their rhythm, for „regelmäßig“ beside the weeks. */
  recurring: Pick<Channel, 'id' | 'type' | 'name' | 'times' | 'per'>[];
}

const rank = { action: 0, followUp: 1, birthday: 2 } as const;
const prio: Record<Priority, number> = { A: 0, B: 1, C: 2 };
const label = (e: TimelineEntry) => (e.kind === 'action' ? e.title : e.name);

function byDay(a: TimelineEntry, b: TimelineEntry): number {
  return (
    (a.day < b.day ? -1 : a.day > b.day ? 1 : 0) ||
    rank[a.kind] - rank[b.kind] ||
    (a.kind === 'followUp' && b.kind === 'followUp' ? prio[a.priority] - prio[b.priority] : 0) ||
    compareText(label(a), label(b)) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * The next `weeks` weeks from `today` (week 1 is today and the six days after it).
 * Done actions and actions without a day are left out; a contact without a rhythm has no follow-up.
 * @example buildTimeline({ actions, contacts, channels, today: '2026-03-02', weeks: 12 }).weeks.length // 12
 */
export function buildTimeline(input: {
  actions: readonly Pick<Action, 'id' | 'title' | 'due' | 'done'>[];
  contacts: readonly Pick<Contact, 'id' | 'name' | 'priority' | 'birthday' | 'log' | 'rhythm' | 'added' | 'snoozedUntil'>[];
  channels: readonly Pick<Channel, 'id' | 'type' | 'name' | 'times' | 'per'>[];
  today: IsoDay;
  weeks: number;
}): Timeline {
  const { today } = input;
  const last = addDays(today, input.weeks * 7 - 1);
  const overdue: TimelineEntry[] = [];
  const ahead: TimelineEntry[] = [];
  const sort = (e: TimelineEntry) => (e.day < today ? overdue : e.day <= last ? ahead : null)?.push(e);
  for (const a of input.actions) if (!a.done && a.due) sort({ kind: 'action', day: a.due, id: a.id, title: a.title });
  for (const c of input.contacts) {
    const next = nextFollowUp(c);
    if (next) sort({ kind: 'followUp', day: next, id: c.id, name: c.name, priority: c.priority });
    const monthDay = birthdayMonthDay(c.birthday);
    if (monthDay) {
      // Within up to 13 weeks a birthday comes at most once; the one after it lies beyond the end.
      const day = nextBirthday(monthDay, today);
      if (day <= last) ahead.push({ kind: 'birthday', day, id: c.id, name: c.name });
    }
  }
  ahead.sort(byDay);
  overdue.sort(byDay);
  const weeks: TimelineWeek[] = Array.from({ length: input.weeks }, (_, i) => {
    const start = addDays(today, i * 7);
    const end = addDays(start, 6);
    return { start, end, entries: ahead.filter((e) => e.day >= start && e.day <= end) };
  });
  return { overdue, weeks, recurring: input.channels.filter((c) => c.times > 0).map(({ id, type, name, times, per }) => ({ id, type, name, times, per })) };
}
