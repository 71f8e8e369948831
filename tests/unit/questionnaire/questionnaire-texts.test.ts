import { describe, expect, test } from 'vitest';
import { optionLabels as LABELS } from '../../../src/i18n/de/options';
import { QUESTIONS, STEP_COUNT } from '../../../src/lib/questionnaire/questionnaire';
import { QUESTIONNAIRE_TEXTS as T } from '../../../src/lib/questionnaire/questionnaire-texts';

describe('QUESTIONNAIRE_TEXTS', () => {
  test('has the words of all nine questions', () => {
    expect(T.questions).toHaveLength(STEP_COUNT);
  });

  test('names every choice of every group, in du-Form and without placeholders', () => {
    for (const q of QUESTIONS) {
      for (const part of q.parts) {
        expect(T.parts[part.field].legend, part.field).toMatch(/\p{L}{3}/u);
        if (part.kind !== 'radio' && part.kind !== 'checkbox') continue;
        for (const value of part.choices) expect(T.choices[part.field]?.[value]?.label, `${part.field} ${value}`).toMatch(/\p{L}{3}/u);
      }
    }
    expect(JSON.stringify(T)).not.toMatch(/\bSie\b|TODO|Lorem|XXX/);
  });

  test('has a message for every field and every other problem', () => {
    for (const field of Object.keys(T.parts)) expect(T.errors[field as keyof typeof T.errors], field).toMatch(/^(Wähle|Gib|Deine)/);
    expect(T.labels).toBe(LABELS);
  });
});
