import { describe, expect, test } from 'vitest';
import { answersDefinition, type SelbsttestState } from '../../../src/lib/questionnaire/answers-schema';
import {
  goBack,
  goForward,
  goToQuestion,
  goToResult,
  isComplete,
  progress,
  questionForStep,
  validateStep,
} from '../../../src/lib/questionnaire/questionnaire';
import { QUESTIONS, fitFields } from '../../../src/lib/questionnaire/questions';
import { describeProfile } from '../../../src/lib/profile/profile';
import { DIMENSIONS } from '../../../src/lib/fit/candidates-schema';
import { fill } from '../../../src/i18n/format';
import { errorText, profileLineText } from '../../../src/islands/selbsttest/render';
import { answerText, openQuestionText } from '../../../src/islands/selbsttest/render-summary';
import { openQuestions, summaryRows } from '../../../src/lib/questionnaire/summary';
import { NINE_ANSWERED, TEN_ANSWERED, TEN_QUESTIONS, TEN_QUESTION_TEXTS, TEN_RESULT_TEXTS } from '../../fixtures/answers-tenth-question';

const at = (over: Partial<SelbsttestState>): SelbsttestState => ({ ...answersDefinition.initial(), answers: NINE_ANSWERED, ...over });

describe('a questionnaire with one question more than the real one', () => {
  test('has one step more and says so in the progress line', () => {
    expect(questionForStep(11, TEN_QUESTIONS).id).toBe('rhythmus');
    expect(fill(TEN_QUESTION_TEXTS.ui.progress, progress(11, TEN_QUESTIONS))).toBe('Frage 11 von 11');
    expect(fill(TEN_QUESTION_TEXTS.ui.progress, progress(3, TEN_QUESTIONS))).toBe('Frage 3 von 11');
  });

  test('leads from the real last question to the extra one, then to the summary, and back again', () => {
    expect(goForward(at({ step: 10 }), TEN_QUESTIONS)).toMatchObject({ view: 'frage', step: 11 });
    expect(goForward(at({ step: 11 }), TEN_QUESTIONS)).toMatchObject({ view: 'pruefen', summaryReached: true });
    expect(goBack(at({ view: 'pruefen', summaryReached: true }), TEN_QUESTIONS)).toMatchObject({ view: 'frage', step: 11 });
    expect(goToQuestion(at({ view: 'pruefen' }), 11, TEN_QUESTIONS).step).toBe(11);
  });

  test('asks for the tenth answer before the result', () => {
    const [error] = validateStep(11, NINE_ANSWERED, TEN_QUESTIONS);
    expect(error && errorText(error, TEN_QUESTION_TEXTS)).toBe('Wähle aus, wie oft du dich treffen möchtest.');
    expect(error?.fieldId).toBe('frage-rhythmus-woechentlich');
    expect(isComplete(NINE_ANSWERED, TEN_QUESTIONS)).toBe(false);
    expect(openQuestionText(openQuestions(NINE_ANSWERED, TEN_QUESTIONS)[0]!, TEN_QUESTION_TEXTS)).toBe('Beantworte noch die Frage „Rhythmus“ (Frage 11 von 11).');
    expect(goToResult(at({ view: 'pruefen' }), TEN_QUESTIONS).view).toBe('pruefen');
    expect(goToResult(at({ view: 'pruefen', answers: TEN_ANSWERED }), TEN_QUESTIONS).view).toBe('ergebnis');
  });

  test('shows the tenth answer in the check-your-answers summary', () => {
    const rows = summaryRows(TEN_ANSWERED, TEN_QUESTIONS);
    expect(rows).toHaveLength(11);
    const last = rows.at(-1)!;
    expect(last).toMatchObject({ step: 11, id: 'rhythmus' });
    expect(answerText(last.id, last.answer!, TEN_QUESTION_TEXTS)).toBe('Jeden Monat');
    expect(summaryRows(NINE_ANSWERED, TEN_QUESTIONS).at(-1)!.answer).toBeNull();
  });

  test('describes the tenth answer in the profile', () => {
    const lines = describeProfile(TEN_ANSWERED, TEN_QUESTIONS);
    expect(lines.at(-1)).toEqual({ field: 'rhythmus', sentence: 'monatlich', params: {} });
    expect(profileLineText(lines.at(-1)!, TEN_RESULT_TEXTS)).toEqual({ label: 'Rhythmus', text: 'trifft sich einmal im Monat.' });
    expect(lines.slice(0, -1)).toEqual(describeProfile(TEN_ANSWERED));
  });

  test('adds a fit dimension when the question declares one', () => {
    expect(fitFields(TEN_QUESTIONS)).toEqual([...fitFields(), 'rhythmus']);
  });
});

describe('DIMENSIONS of the network check', () => {
  test('are the fit parts of the questions, with the values and order the stored ratings use', () => {
    expect(DIMENSIONS).toEqual(fitFields(QUESTIONS));
    expect(DIMENSIONS).toEqual(['form', 'zwecke', 'groesse', 'zusammensetzung', 'reichweite', 'zugang', 'ebenen', 'ton']);
  });
});
