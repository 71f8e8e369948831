import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PlanTexts } from '../../i18n/de/plan';
import { fill, plural } from '../../i18n/format';
import type { PlanDocumentInputs } from '../../lib/plan/plan-inputs';
import { answerInputs } from '../../lib/planner/answer-inputs';
import type { Labels } from '../../lib/questionnaire/profile-options';
import type { ProfileTexts } from '../../i18n/de/recommendations';
import { buildPlan, PLAN_PARTS, printChoiceQuery, readPrintChoice, DEFAULT_PRINT_CHOICE, type ContactScope, type PlanPartId, type PrintChoice } from '../../lib/plan/plan-model';
import { plannerDefinition } from '../../lib/planner/planner-schema';
import { answersStore } from '../../stores/answers-store';
import { candidatesStore } from '../../stores/candidates-store';
import { setAlarm, setOwner } from '../../stores/planner';
import { usePersisted } from '../../stores/use-persisted';
import { StorageNotices } from '../shared/StorageNotices';
import { announce, LiveRegion } from '../planer/announce';
import { usePlanner } from '../planer/use-planner';
import { useToday } from '../planer/use-today';
import { retryable } from '../shared/fresh-import';
import { LazyFallback } from '../shared/LazyFallback';
import { useLazyPart } from '../shared/use-lazy';
import { PlanDocument, type PlanRestModule } from './PlanDocument';
import type { PlanChoices } from './plan-choice-names';

/** The parts after the first page, and the calendar's controls: both offer „Erneut versuchen“ if they cannot be loaded. */
const loadRest = retryable<PlanRestModule>(() => import('./PlanRest'), 'PlanSections');
const loadCalendar = retryable(() => import('./CalendarExport'), 'CalendarExport');

/** Longest wait for an idle moment before the rest of the plan loads anyway (ms). */
const IDLE_TIMEOUT = 1500;

/**
 * True once the browser has been idle after the plan appeared. The rest of the plan (PlanRest.tsx:
 * the map, the parts after the first page) loads then, not when asked for: a reader may print with
 * the browser's own command (Ctrl+P), and `beforeprint` cannot wait for a module, so it must be
 * there before anyone reaches for the printer. The print button waits for it all the same, and calls
 * `now` (the second value), which counts as idle from then on.
 */
function useIdle(): [boolean, () => void] {
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
  return [idle, () => setIdle(true)];
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
  const [idle, now] = useIdle();
  // Wanted from the first idle moment (or the print button) on, and never unwanted again: a failure stays said.
  const restPart = useLazyPart(loadRest, idle);
  const rest = restPart.module;
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
  const t = texts.toolbar;

  // The print button prints once the rest of the plan is drawn (effects run after the render that
  // brought it). If the rest cannot be loaded it does not wait for ever: focus goes to the message
  // under it, which says the plan is incomplete and offers to try again or print the first page.
  useEffect(() => {
    if (printWanted && (rest || restPart.failed)) {
      setPrintWanted(false);
      if (rest) window.print();
      else document.getElementById('plan-unvollstaendig')?.focus();
    }
  }, [printWanted, rest, restPart.failed]);

  // The calendar's controls load when the reader opens them (CalendarExport.tsx says why its props carry so much).
  const [calendarOpen, setCalendarOpen] = useState(false);
  const calendarPart = useLazyPart(loadCalendar, calendarOpen);
  const calendar = calendarPart.module;

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
            <button
              type="button"
              id="plan-drucken"
              aria-describedby={printWanted ? 'plan-druck-status' : undefined}
              onClick={() => {
                setPrintWanted(true);
                now();
              }}
            >
              {t.print}
            </button>
            {printWanted && (
              <span id="plan-druck-status" class="hint">
                {' '}
                {t.printPreparing}
              </span>
            )}
          </p>
          {restPart.failed && (
            <div class="error-summary" role="alert" id="plan-unvollstaendig" tabIndex={-1}>
              <p>{t.restFailed}</p>
              <p class="actions">
                <button
                  type="button"
                  onClick={() => {
                    restPart.retry();
                    document.getElementById('plan-drucken')?.focus();
                  }}
                >
                  {t.retry}
                </button>{' '}
                <button type="button" class="secondary" onClick={() => window.print()}>
                  {t.printFirstPage}
                </button>
              </p>
            </div>
          )}
          <details class="plan-calendar" onToggle={(e) => setCalendarOpen(e.currentTarget.open)}>
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
                fill={fill}
                plural={plural}
                announce={announce}
              />
            ) : (
              <LazyFallback part={calendarPart} texts={{ loading: t.calendarLoading, failed: t.calendarFailed, retry: t.retry }} id="plan-kalender-status" />
            )}
          </details>
        </section>
      </div>
      {plan ? (
        <>
          <PlanDocument plan={plan} texts={texts} choices={choices} profileTexts={profile} choice={choice} rest={rest} restFailed={restPart.failed} />
          {/* Where the parts after the first page appear, on screen only (the paper has its own words for this). */}
          {!rest && <p class="hint no-print">{restPart.failed ? t.restMissing : t.restLoading}</p>}
        </>
      ) : (
        <p>{t.loading}</p>
      )}
    </>
  );
}
