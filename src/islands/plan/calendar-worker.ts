/**
 * Builds the plan's calendar file off the page: the plan posts `{ state, today, stamp, words, scope }` and
 * gets back the file name and text. A worker, so the generator loads only when the reader asks for
 * the file and the page's own script needs no module preloading for it.
 */
import { CALENDAR_FILE_NAME, planCalendar, planEvents, type CalendarScope } from '../../lib/plan/plan-calendar';
import type { IsoDay } from '../../lib/dates/iso-day';
import type { PlannerData } from '../../lib/planner/planner-schema';
import { calendarEvent, type CalendarWords } from './calendar-words';

/** What the plan sends. */
export interface CalendarRequest {
  state: PlannerData;
  today: IsoDay;
  /** The moment of the download, as `DTSTAMP`. */
  stamp: string;
  /** The calendar's words, from the page. */
  words: CalendarWords;
  /** What the reader chose for this file (only A and B contacts, say); not stored. */
  scope: CalendarScope;
}

/** What the worker answers. */
export interface CalendarFile {
  name: string;
  text: string;
}

self.addEventListener('message', (event: MessageEvent<CalendarRequest>) => {
  const { state, today, stamp, words, scope } = event.data;
  const events = planEvents(state, today, scope).map((e) => calendarEvent(e, words));
  const file: CalendarFile = { name: CALENDAR_FILE_NAME, text: planCalendar(events, state.alarm, stamp, words.texts.name) };
  self.postMessage(file);
});
