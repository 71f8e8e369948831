import type { PlanTexts } from '../../i18n/de/plan';
import type { fill as fillFn, plural as pluralFn } from '../../i18n/format';
import type { Alarm, PlannerData } from '../../lib/planner/planner-schema';
import type { IsoDay } from '../../lib/dates/iso-day';
import { downloadText } from '../shared/download';
import { FOLLOW_UPS_PER_DAY as perDay, openEventCount } from '../../lib/plan/plan-calendar';
import type { CalendarFile, CalendarRequest } from './calendar-worker';

/**
 * The calendar file's controls: reminder, A/B only, the download and what the file holds. Loaded
 * when the reader opens „Kalenderdatei“, so the plan's first load carries none of it.
 *
 * Everything the plan's bundle already has comes in as props (`fill`, `plural`, `announce`) rather
 * than as imports: Rolldown would otherwise put every module both files use into
 * a third chunk on first load (the splitting of rolldown/rolldown#10263, measured here), which costs more than this file saves.
 */
export interface CalendarExportProps {
  t: PlanTexts['toolbar'];
  calendar: PlanTexts['calendar'];
  alarms: Readonly<Record<Alarm, string>>;
  priorities: CalendarRequest['words']['priorities'];
  state: PlannerData;
  today: IsoDay;
  onlyAB: boolean;
  setOnlyAB: (on: boolean) => void;
  setAlarm: (alarm: Alarm) => void;
  fill: typeof fillFn;
  plural: typeof pluralFn;
  announce: (message: string) => void;
}

export function CalendarExport({ t, calendar, alarms, priorities, state, today, onlyAB, setOnlyAB, setAlarm, fill, plural, announce }: CalendarExportProps) {
  // Open events the file would hold; `perDay`: the most overdue follow-ups it puts on one day.
  const events = openEventCount(state, { onlyAB });
  // The file is written in a worker that starts only on this click and gets its words with the request.
  const download = () => {
    const worker = new Worker(new URL('./calendar-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<CalendarFile>) => {
      worker.terminate();
      downloadText(event.data.name, event.data.text, 'text/calendar;charset=utf-8');
      announce(plural(t.downloading, events));
    });
    const request: CalendarRequest = { state, today, stamp: new Date().toISOString(), words: { texts: calendar, priorities }, scope: { onlyAB } };
    worker.postMessage(request);
  };
  return (
    <>
      <div class="field">
        <label for="plan-erinnerung">{t.alarm}</label>
        <p class="hint" id="plan-erinnerung-hint">
          {t.alarmHint}
        </p>
        <select id="plan-erinnerung" aria-describedby="plan-erinnerung-hint" value={state.alarm} onChange={(e) => setAlarm(e.currentTarget.value as Alarm)}>
          {(Object.entries(alarms) as [Alarm, string][]).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label>
          <input type="checkbox" checked={onlyAB} onChange={(e) => setOnlyAB(e.currentTarget.checked)} /> {t.onlyAB}
        </label>
      </div>
      <p class="actions">
        <button type="button" class="secondary" disabled={!events} aria-describedby="ics-hinweis" onClick={download}>
          {t.download}
        </button>
      </p>
      <p class="hint" id="ics-hinweis">
        {events ? fill(t.events, { count: plural(t.eventCount, events), perDay }) : t.noEvents}
      </p>
    </>
  );
}
