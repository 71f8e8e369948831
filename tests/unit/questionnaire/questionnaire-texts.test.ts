import { describe, expect, test } from 'vitest';
import { questionnaireTexts as T } from '../../../src/i18n/de/selbsttest';
import { emptyAnswers, type Answers } from '../../../src/lib/questionnaire/answers-schema';
import { QUESTIONS, validateStep } from '../../../src/lib/questionnaire/questionnaire';
import { answerSummary } from '../../../src/lib/questionnaire/summary';
import { errorText } from '../../../src/islands/selbsttest/render';
import { answerText } from '../../../src/islands/selbsttest/render-summary';
import { PROFILES } from '../../fixtures/answers-states';

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
const profiles = Object.values(PROFILES) as Answers[];

describe('the questionnaire dictionary', () => {
  test('has the words of every question, and nothing for questions that do not exist', () => {
    expect(Object.keys(T.questions).sort()).toEqual(QUESTIONS.map((q) => q.id).sort());
  });

  test('names every part and every choice of every group, in du-Form and without placeholders', () => {
    for (const q of QUESTIONS) {
      for (const part of q.parts) {
        expect(T.parts[part.field]?.legend, part.field).toMatch(/\p{L}{3}/u);
        if (part.kind !== 'radio' && part.kind !== 'checkbox') continue;
        for (const value of part.choices) expect(T.choices[part.field]?.[value]?.label, `${part.field} ${value}`).toMatch(/\p{L}{3}/u);
      }
    }
    expect(JSON.stringify(T)).not.toMatch(/\bSie\b|TODO|Lorem|XXX/);
  });

  test('says for every part that can be left unanswered what to do', () => {
    for (const q of QUESTIONS) {
      for (const error of validateStep(QUESTIONS.indexOf(q) + 1, emptyAnswers())) expect(errorText(error, T), error.field).toMatch(/^(Wähle|Gib)/);
    }
    expect(errorText({ field: 'hauptzweck', fieldId: 'x', problem: 'required', params: {} }, T)).toMatch(/^Wähle/);
  });

  test('fills every placeholder of the error messages from the error', () => {
    const errors = [
      ...validateStep(6, { ...emptyAnswers(), stunden: '200' }),
      ...validateStep(6, { ...emptyAnswers(), stunden: 'viel' }),
      ...validateStep(7, { ...emptyAnswers(), angebot: ['wissen'], angebotDetails: 'a'.repeat(600) }),
    ];
    expect(errors.map((e) => e.problem)).toEqual(['hoursMax', 'hoursNumber', 'tooLong']);
    for (const error of errors) {
      if (error.problem === 'required') continue;
      for (const name of placeholders(T.errors[error.problem])) expect(error.params, `${error.problem} {${name}}`).toHaveProperty(name);
    }
  });

  test('has a summary line for every answer of several pieces, and fills it from those pieces', () => {
    for (const answers of profiles) {
      QUESTIONS.forEach((q, i) => {
        const answer = answerSummary(i + 1, answers)!;
        const template = T.summary[q.id]?.[answer.variant];
        if (Object.keys(answer.pieces).length > 1) expect(template, `${q.id} ${answer.variant}`).toBeDefined();
        for (const name of placeholders(template ?? '')) expect(answer.pieces, `${q.id} {${name}}`).toHaveProperty(name);
        expect(answerText(q.id, answer, T)).not.toMatch(/\{|\}|undefined/);
      });
    }
  });
});
