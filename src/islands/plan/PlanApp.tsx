import { useMemo } from 'preact/hooks';
import { planInputs, type PlanInputTexts } from '../../lib/plan/plan-inputs';
import type { PlanLabels } from '../../lib/plan/plan-labels';
import { buildPlan, calendarEventCount } from '../../lib/plan/plan-model';
import { plannerDefinition, type Alarm } from '../../lib/planner/planner-schema';
import { answersStore } from '../../stores/answers-store';
import { candidatesStore } from '../../stores/candidates-store';
import { setAlarm, setOwner } from '../../stores/planner';
import { usePersisted } from '../../stores/use-persisted';
import { downloadText } from '../shared/download';
import { StorageNotices } from '../shared/StorageNotices';
import { announce, LiveRegion } from '../planer/announce';
import { usePlanner } from '../planer/use-planner';
import { useToday } from '../planer/use-today';
import type { CalendarFile, CalendarRequest } from './calendar-worker';
import { PlanDocument } from './PlanDocument';

/**
 * The printable plan with its toolbar: name on the plan, printing, and the calendar file. The words
 * of the questionnaire's profile and the kinds of network come from the page as `texts`, the names of
 * the planner's choices as `labels`; the calendar generator runs in a worker that starts only when the reader asks for the file.
 */
export default function PlanApp({ texts, labels }: { texts: PlanInputTexts; labels: PlanLabels }) {
  const state = usePlanner();
  const selbsttest = usePersisted(answersStore);
  const candidates = usePersisted(candidatesStore);
  const today = useToday();
  const inputs = useMemo(() => planInputs(selbsttest, candidates, texts), [selbsttest, candidates]);
  const plan = useMemo(() => today && buildPlan(state, inputs, today, labels), [state, inputs, today]);
  const events = useMemo(() => calendarEventCount(state), [state]);
  const t = labels.texts.toolbar;

  const download = () => {
    if (!today) return;
    const worker = new Worker(new URL('./calendar-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<CalendarFile>) => {
      worker.terminate();
      downloadText(event.data.name, event.data.text, 'text/calendar;charset=utf-8');
      announce(t.downloading.replace('{}', String(events)));
    });
    const request: CalendarRequest = { state, today, stamp: new Date().toISOString() };
    worker.postMessage(request);
  };

  return (
    <>
      <div class="no-print">
        <StorageNotices keys={[plannerDefinition.key]} />
        <LiveRegion />
        <section class="card plan-tools" aria-labelledby="werkzeuge-titel">
          <h2 id="werkzeuge-titel">{t.title}</h2>
          {/* Two plain controls; the planner's field components would cost this page their whole chunk. */}
          <div class="field">
            <label for="plan-name">{t.owner}</label>
            <input id="plan-name" maxLength={120} autoComplete="off" value={state.owner} onInput={(e) => setOwner(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for="plan-erinnerung">{t.alarm}</label>
            <p class="hint" id="plan-erinnerung-hint">
              {t.alarmHint}
            </p>
            <select id="plan-erinnerung" aria-describedby="plan-erinnerung-hint" value={state.alarm} onChange={(e) => setAlarm(e.currentTarget.value as Alarm)}>
              {(Object.entries(labels.alarms) as [Alarm, string][]).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <p class="actions">
            <button type="button" onClick={() => window.print()}>
              Drucken
            </button>
            <button type="button" class="secondary" disabled={!events} aria-describedby="ics-hinweis" onClick={download}>
              .ics herunterladen
            </button>
          </p>
          <p class="hint" id="ics-hinweis">
            {events
              ? t.events.replace('{}', `${events} ${events === 1 ? 'Termin' : 'Termine'}`)
              : t.noEvents}
          </p>
        </section>
      </div>
      {plan ? <PlanDocument plan={plan} words={labels.texts.document} /> : <p>{t.loading}</p>}
    </>
  );
}
