/**
 * Builds the plan's calendar file off the page: the plan posts `{ state, today, stamp }` and gets
 * back the file name and text. A worker, so the generator loads only when the reader asks for the
 * file and the page's own script needs no module preloading for it.
 */
import { CALENDAR_FILE_NAME, planCalendar } from '../../lib/plan/plan-calendar';
import type { IsoDay } from '../../lib/dates/iso-day';
import type { PlannerData } from '../../lib/planner/planner-schema';

/** What the plan sends. */
export interface CalendarRequest {
  state: PlannerData;
  today: IsoDay;
  /** The moment of the download, as `DTSTAMP`. */
  stamp: string;
}

/** What the worker answers. */
export interface CalendarFile {
  name: string;
  text: string;
}

self.addEventListener('message', (event: MessageEvent<CalendarRequest>) => {
  const { state, today, stamp } = event.data;
  const file: CalendarFile = { name: CALENDAR_FILE_NAME, text: planCalendar(state, today, stamp) };
  self.postMessage(file);
});
