import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PlanTexts } from '../../i18n/de/plan';
import { fill, plural } from '../../i18n/format';
import type { PlanDocumentInputs } from '../../lib/plan/plan-inputs';
import { answerInputs } from '../../lib/planner/answer-inputs';
import type { Labels } from '../../lib/questionnaire/profile-options';
import type { ProfileTexts } from '../../i18n/de/recommendations';
import { buildPlan, PLAN_PARTS, printChoiceQuery, readPrintChoice, DEFAULT_PRINT_CHOICE, type ContactScope, type PlanPartId, type PrintChoice } from '../../lib/plan/plan-model';
import { FOLLOW_UPS_PER_DAY, openEventCount } from '../../lib/plan/plan-calendar';
import { plannerDefinition } from '../../lib/planner/planner-schema';
import { answersStore } from '../../stores/answers-store';
import { candidatesStore } from '../../stores/candidates-store';
import { setAlarm, setOwner } from '../../stores/planner';
import { usePersisted } from '../../stores/use-persisted';
import { StorageNotices } from '../shared/StorageNotices';
import { announce, LiveRegion } from '../planer/announce';
import { usePlanner } from '../planer/use-planner';
import { useToday } from '../planer/use-today';
import { useLazy } from '../shared/use-lazy';
import { PlanDocument, type PlanRestModule } from './PlanDocument';
import type { PlanChoices } from './plan-choice-names';

/** One load of the parts after the first page, shared by the idle load and the print button. */
let restLoad: Promise<PlanRestModule> | null = null;
const loadRest = () => (restLoad ??= import('./PlanRest'));

/** Longest wait for an idle moment before the rest of the plan loads anyway (ms). */
const IDLE_TIMEOUT = 1500;

/**
 * True once the browser has been idle after the plan appeared. The rest of the plan (PlanRest.tsx:
 * the map, the parts after the first page) loads then, not when asked for: a reader may print with
 * the browser's own command (Ctrl+P), and `beforeprint` cannot wait for a module, so it must be
 * there before anyone reaches for the printer. The print button waits for it all the same.
 */
function useIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    const done = () => setIdle(true);
    // If the browser's print command comes first, load at once so that the next printout is whole.
    addEventListener('beforeprint', done);
    const idle = typeof requestIdleCallback === 'function';
    const id = idle ? requestIdleCallback(done, { timeout: IDLE_TIMEOUT }) : window.setTimeout(done, 1);
    return () => {
      removeEventListener('beforeprint', done);
      if (idle) cancelIdleCallback(id);
      else clearTimeout(id);
    };
  }, []);
  return idle;
}

/** What the page hands in: the plan's words, the names of the planner's choices, and the words of the questionnaire's profile. */
export interface PlanAppProps {
  texts: PlanTexts;
  choices: PlanChoices;
  profile: ProfileTexts;
}

/**
 * The printable plan with its toolbar: name on the plan, printing, and the calendar file. All words
 * come from the page as props; the calendar generator runs in a worker that starts only when the
 * reader asks for the file, and gets its words with the request; the calendar's controls load when
 * the reader opens „Kalenderdatei“.
 */
export default function PlanApp({ texts, choices, profile }: PlanAppProps) {
  const state = usePlanner();
  const selbsttest = usePersisted(answersStore);
  const candidates = usePersisted(candidatesStore);
  const today = useToday();
  // The profile's words name every option; the offer needs only the offer kinds'.
  const optionWords = profile.labels as Labels;
  const [printWanted, setPrintWanted] = useState(false);
  const rest = useLazy(loadRest, useIdle() || printWanted);
  // The first page needs only the questionnaire's hours; the profile and the networks' fit ranking
  // come with the rest of the plan (PlanRest re-exports planInputs), which also estimates the pages.
  const inputs = useMemo<PlanDocumentInputs>(
    () => (rest ? rest.planInputs(selbsttest, candidates, optionWords) : { profileLines: null, topCandidates: [], ...answerInputs(selbsttest.answers, optionWords) }),
    [selbsttest, candidates, rest],
  );
  const plan = useMemo(() => today && buildPlan(state, inputs, today), [state, inputs, today]);
  // A choice for this download only, so it is not stored with the plan.
  const [onlyAB, setOnlyAB] = useState(false);
  // What to print lives in the page's address (?teile=…&kontakte=alle): a choice for this printout,
  // kept over a reload and in a bookmark, without a stored field that would need a schema version.
  const [choice, setChoiceState] = useState<PrintChoice>(() => (typeof location === 'undefined' ? DEFAULT_PRINT_CHOICE : readPrintChoice(location.search)));
  const setChoice = (next: PrintChoice) => {
    setChoiceState(next);
    history.replaceState(history.state, '', `${location.pathname}${printChoiceQuery(next)}${location.hash}`);
  };
  const togglePart = (part: PlanPartId, on: boolean) =>
    setChoice({
      ...choice,
      parts: PLAN_PARTS.filter((p) => (p === part ? on : choice.parts.includes(p))),
    });
  const pages = plan && rest ? rest.estimatePages(plan, choice) : null;
  const events = useMemo(() => openEventCount(state, { onlyAB }), [state, onlyAB]);
  const t = texts.toolbar;

  // The print button prints once the rest of the plan is drawn (effects run after the render that brought it).
  useEffect(() => {
    if (printWanted && rest) {
      setPrintWanted(false);
      window.print();
    }
  }, [printWanted, rest]);

  // The calendar's controls load when the reader opens them (CalendarExport.tsx says why its props carry so much).
  const [calendar, setCalendar] = useState<typeof import('./CalendarExport') | null>(null);
  const openCalendar = (open: boolean) => {
    if (open && !calendar) import('./CalendarExport').then(setCalendar);
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
            <p class="hint" id="plan-name-hint">
              {t.ownerHint}
            </p>
            <input id="plan-name" type="text" maxLength={120} autoComplete="name" aria-describedby="plan-name-hint" value={state.owner} onInput={(e) => setOwner(e.currentTarget.value)} />
          </div>
          <fieldset class="field plan-parts">
            <legend>{t.partsTitle}</legend>
            <p class="hint">{t.partsHint}</p>
            <ul>
              {PLAN_PARTS.map((part) => (
                <li key={part}>
                  <label>
                    <input type="checkbox" checked={choice.parts.includes(part)} onChange={(e) => togglePart(part, e.currentTarget.checked)} /> {t.parts[part]}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <fieldset class="field">
            <legend>{t.contactScope}</legend>
            {(['ab', 'all'] as ContactScope[]).map((scope) => (
              <label key={scope} class="plan-radio">
                <input type="radio" name="plan-kontakte" checked={choice.contacts === scope} onChange={() => setChoice({ ...choice, contacts: scope })} /> {t.contactScopes[scope]}
              </label>
            ))}
          </fieldset>
          {pages !== null && (
            <p class="plan-pages" aria-live="polite">
              {fill(t.pages, { pages: plural(t.pageCount, pages) })}
            </p>
          )}
          <p class="actions">
            <button type="button" aria-describedby={printWanted ? 'plan-druck-status' : undefined} onClick={() => setPrintWanted(true)}>
              {t.print}
            </button>
            {printWanted && (
              <span id="plan-druck-status" class="hint">
                {' '}
                {t.printPreparing}
              </span>
            )}
          </p>
          <details class="plan-calendar" onToggle={(e) => openCalendar(e.currentTarget.open)}>
            <summary>{t.calendarTitle}</summary>
            {calendar && today ? (
              <calendar.CalendarExport
                t={t}
                calendar={texts.calendar}
                alarms={choices.alarms}
                priorities={choices.priorities}
                state={state}
                today={today}
                onlyAB={onlyAB}
                setOnlyAB={setOnlyAB}
                setAlarm={setAlarm}
                events={events}
                perDay={FOLLOW_UPS_PER_DAY}
                fill={fill}
                plural={plural}
                announce={announce}
              />
            ) : (
              <p>{t.calendarLoading}</p>
            )}
          </details>
        </section>
      </div>
      {plan ? <PlanDocument plan={plan} texts={texts} choices={choices} profileTexts={profile} choice={choice} rest={rest} /> : <p>{t.loading}</p>}
    </>
  );
}
