/** The questionnaire's store: answers, position and actions. Islands call only these actions. */
import type { Answers } from '../lib/questionnaire/answers-schema';
import { applyAnswer, goBack as back, goForward, goToPosition, goToQuestion, goToResult, isStepAnswered, toggleChoice } from '../lib/questionnaire/questionnaire';
import type { OptionValue } from '../lib/questionnaire/profile-options';
import { answersStore } from './answers-store';

/** Saves a change to the answers at once, so nothing typed is lost on reload. */
export function setAnswer(patch: Partial<Answers>): void {
  answersStore.update((state) => ({ ...state, answers: applyAnswer(state.answers, patch) }));
}

/**
 * Ticks or unticks one checkbox of a group, against the newest saved answers – a second quick
 * key press must not work from a render that has not caught up with the first.
 */
export function toggleAnswer(field: 'zwecke' | 'angebot' | 'ebenen', value: OptionValue, checked: boolean, order: readonly OptionValue[]): void {
  answersStore.update((state) => ({
    ...state,
    answers: applyAnswer(state.answers, { [field]: toggleChoice(state.answers[field] as OptionValue[], value, checked, order) }),
  }));
}

/** „Weiter“: moves on only when the current step is answered. Returns whether it moved. */
export function continueFromStep(): boolean {
  const { step, answers } = answersStore.$state.get();
  if (!isStepAnswered(step, answers)) return false;
  return answersStore.update(goForward);
}

/** The back link. */
export function goBack(): void {
  answersStore.update(back);
}

/** The browser's „Zurück“/„Vor“ within the questionnaire: back at the position its history entry names. */
export function returnTo(entry: unknown): boolean {
  const next = goToPosition(answersStore.$state.get(), entry);
  return next !== null && answersStore.update(() => next);
}

/** An „Ändern“ link of the summary. */
export function changeAnswer(step: number): void {
  answersStore.update((state) => goToQuestion(state, step));
}

/** „Ergebnis anzeigen“: returns whether every question was answered. */
export function showResult(): boolean {
  answersStore.update(goToResult);
  return answersStore.$state.get().view === 'ergebnis';
}

/** „Antworten löschen“: forgets every answer in this browser and starts again at question 1. */
export function clearAnswers(): void {
  answersStore.reset();
}
