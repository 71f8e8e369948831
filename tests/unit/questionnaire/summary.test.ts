import { describe, expect, test } from 'vitest';
import { emptyAnswers, type Answers } from '../../../src/lib/questionnaire/answers-schema';
import { answerSummary, changeButtonId, openQuestions, summaryRows } from '../../../src/lib/questionnaire/summary';
import { questionnaireTexts as T } from '../../../src/i18n/de/selbsttest';
import { answerText, openQuestionText } from '../../../src/islands/selbsttest/render-summary';
import { PROFILES, STATES } from '../../fixtures/answers-states';

/** The summary's rows in words, as the island shows them. */
const rowsInWords = (answers: Answers) => summaryRows(answers).map((r) => ({ step: r.step, label: T.questions[r.id]!.short, value: r.answer && answerText(r.id, r.answer, T) }));

describe('answerSummary and summaryRows', () => {
  test('give each piece of an answer by its field, and the fields present as the variant', () => {
    expect(answerSummary(2, PROFILES.freiberuflerinRegional)).toEqual({
      variant: 'zwecke+hauptzweck',
      pieces: { zwecke: { kind: 'options', values: ['austausch'] }, hauptzweck: { kind: 'options', values: ['auftraege'] } },
    });
    expect(answerSummary(6, PROFILES.allesUnklar)).toEqual({ variant: 'stundenUnklar', pieces: { stundenUnklar: { kind: 'options', values: ['unklar'] } } });
    expect(answerSummary(7, { ...PROFILES.jobsucheInternational, angebotDetails: '  ' })?.variant).toBe('angebot');
  });

  test('describe the freelancer profile in words', () => {
    expect(rowsInWords(PROFILES.freiberuflerinRegional)).toEqual([
      { step: 1, label: 'Treffpunkt', value: 'Gemischt (online und vor Ort)' },
      { step: 2, label: 'Zweck', value: 'Vor allem: Neue Aufträge. Außerdem: Erfahrungsaustausch.' },
      { step: 3, label: 'Größe und Zusammensetzung', value: 'Größe: Kleiner, vertrauter Kreis. Zusammensetzung: Über viele Branchen hinweg.' },
      { step: 4, label: 'Reichweite', value: 'Regional' },
      { step: 5, label: 'Zugang', value: 'Offen für alle' },
      { step: 6, label: 'Zeit', value: '6 Stunden im Monat' },
      { step: 7, label: 'Dein Beitrag', value: 'Wissen und Kontakte – Texte redigieren, Kontakte zu Druckereien' },
      { step: 8, label: 'Kontakte', value: 'Geschäftsführung' },
      { step: 9, label: 'Ton', value: 'Streng beruflich' },
      { step: 10, label: 'Wohlfühlen', value: 'Energie: Kleine Runden. Im Gespräch: Das Wort ergreifen. Hingehen: Allein.' },
    ]);
  });

  test('say „Weiß ich noch nicht“ for every open answer', () => {
    for (const row of rowsInWords(PROFILES.allesUnklar)) {
      expect(row.value, row.label).toContain('Weiß ich noch nicht');
    }
  });

  test('leave unanswered questions empty', () => {
    expect(answerSummary(6, emptyAnswers())).toBeNull();
    expect(summaryRows(STATES.partial.answers).filter((r) => r.answer === null).map((r) => r.step)).toEqual([5, 6, 7, 8, 9, 10]);
  });
});

describe('openQuestions', () => {
  test('name each open question with its place among all of them', () => {
    const open = openQuestions(STATES.partial.answers);
    expect(open.map((q) => q.id)).toEqual(['zugang', 'zeit', 'beitrag', 'ebenen', 'ton', 'komfort']);
    expect(openQuestionText(open[0]!, T)).toBe('Beantworte noch die Frage „Zugang“ (Frage 5 von 10).');
  });
});

describe('changeButtonId', () => {
  test('gives each step its own „Ändern“ button for the summary’s error to link to', () => {
    expect(changeButtonId(5)).toBe('aendern-5');
    expect(new Set(summaryRows(emptyAnswers()).map((r) => changeButtonId(r.step))).size).toBe(summaryRows(emptyAnswers()).length);
  });
});
