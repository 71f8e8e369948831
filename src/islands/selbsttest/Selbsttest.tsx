/**
 * The questionnaire island: picks the page for the saved position, keeps errors, moves focus
 * to the new heading after each step and announces what happened. Rules live in src/lib;
 * every word comes in through `texts` (rendered into the page's HTML by Astro).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { answersDefinition } from '../../lib/questionnaire/answers-schema';
import { positionOf, started, summaryIsNear, validateStep, type StepError } from '../../lib/questionnaire/questionnaire';
import { answersStore } from '../../stores/answers-store';
import { changeAnswer, clearAnswers, continueFromStep, goBack, returnTo, setAnswer, showResult } from '../../stores/answers';
import { usePersisted } from '../../stores/use-persisted';
import { useErrorTitle, type FieldError } from '../shared/ErrorSummary';
import { StorageNotices } from '../shared/StorageNotices';
import { useLazy } from '../shared/use-lazy';
import { ClearAnswers } from './ClearAnswers';
import { HEADING_ID, QuestionStep } from './QuestionStep';
import { errorText } from './render';
import type { SelbsttestTexts } from './texts';
import { ROUTES } from '../../lib/site/routes';

export default function Selbsttest({ texts }: { texts: SelbsttestTexts }) {
  const state = usePersisted(answersStore);
  const [stepErrors, setStepErrors] = useState<(StepError & FieldError)[]>([]);
  const [summaryErrors, setSummaryErrors] = useState<FieldError[]>([]);
  const [announcement, setAnnouncement] = useState('');
  // After each navigation, focus moves to the new page's heading – as soon as it is on screen
  // (the summary's may still be loading), and only the heading of the position navigated to: a
  // render of the position before (the store's change can reach this island a moment after the
  // navigation's own render) must not take the focus for itself.
  const [, setNavigations] = useState(0);
  const focusPending = useRef<string | null>(null);
  const ui = texts.ui;
  // „Prüf deine Antworten“ loads once it is one step away, so „Weiter“ finds it there.
  const check = useLazy(() => import('./CheckAnswers'), summaryIsNear(state));

  useErrorTitle(stepErrors.length + summaryErrors.length > 0);

  useEffect(() => {
    const heading = focusPending.current === JSON.stringify(positionOf(state)) && document.getElementById(HEADING_ID);
    if (!heading) return;
    heading.focus();
    focusPending.current = null;
  });

  // Each question and the summary is an entry in the browser's history, so its „Zurück“ goes to
  // the previous question instead of leaving the questionnaire.
  useEffect(() => {
    history.replaceState({ ...history.state, selbsttest: positionOf(answersStore.$state.get()) }, '');
    const onPop = (event: PopStateEvent) => {
      if (returnTo(event.state?.selbsttest)) show();
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  function show(message = '') {
    setStepErrors([]);
    setSummaryErrors([]);
    setAnnouncement(message);
    focusPending.current = JSON.stringify(positionOf(answersStore.$state.get()));
    setNavigations((n) => n + 1);
  }

  function navigate(action: () => unknown, message = '') {
    const before = JSON.stringify(positionOf(answersStore.$state.get()));
    action();
    const after = positionOf(answersStore.$state.get());
    if (JSON.stringify(after) !== before) history.pushState({ ...history.state, selbsttest: after }, '');
    show(message);
  }

  function onContinue() {
    const errors = validateStep(state.step, answersStore.$state.get().answers);
    if (errors.length > 0) setStepErrors(errors.map((e) => ({ ...e, message: errorText(e, texts) })));
    else navigate(continueFromStep);
  }

  function onResult() {
    if (!check) return;
    const errors = check.summaryErrors(answersStore.$state.get().answers, texts);
    if (errors.length === 0 && showResult()) return location.assign(ROUTES.selbsttestResult);
    setSummaryErrors(errors);
  }

  return (
    // The second click of a double click (`detail` 2 and up) on any button is the same click: „Zurück“
    // must not go back two questions, „Weiter“ not skip one. Keyboard activation has `detail` 0.
    // `data-later`: past the first question the page's lead is hidden (selbsttest.css), so at 320 px
    // the question's first answer is not pushed to the bottom edge by the same intro on every step.
    <div class="selbsttest" data-later={state.step > 1 || state.view !== 'frage' || undefined} onClickCapture={(event) => event.detail > 1 && (event.target as Element).closest('button') && event.stopPropagation()}>
      <StorageNotices keys={[answersDefinition.key]} />
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>

      {state.view === 'frage' && (
        <QuestionStep state={state} texts={texts} errors={stepErrors} onChange={setAnswer} onContinue={onContinue} onBack={() => navigate(goBack)} />
      )}
      {state.view !== 'frage' && check && (
        <check.CheckAnswers answers={state.answers} texts={texts} errors={summaryErrors} onChange={(step) => navigate(() => changeAnswer(step))} onResult={onResult} onBack={() => navigate(goBack)} />
      )}

      {started(state) && <ClearAnswers texts={texts} onConfirm={() => navigate(clearAnswers, ui.cleared)} />}
    </div>
  );
}
