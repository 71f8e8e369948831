import { describe, expect, test } from 'vitest';
import { hasAmount, numbersIn, smartHints } from '../../../src/lib/planner/smart';

const today = '2026-03-02';
const criteria = (text: string, measure: string, deadline: string) => smartHints({ text, measure, deadline }, today).map((h) => h.criterion);

describe('smartHints', () => {
  test('has no hint for a specific, measurable goal with a date', () => {
    expect(smartHints({ text: 'Mit Abteilungsleitungen aus der Medizintechnik in Köln sprechen', measure: '3 Gespräche', deadline: '2026-06-30' }, today)).toEqual([]);
  });

  test('asks for a sentence when the goal is empty', () => {
    const [hint] = smartHints({ text: '', measure: '', deadline: '2026-06-30' }, today);
    expect(hint).toMatchObject({ criterion: 'spezifisch' });
    expect(hint!.message).toMatch(/in einem Satz/);
  });

  test('finds a very short goal too general', () => {
    expect(criteria('Neuer Job', 'drei Gespräche', '2026-06-30')).toEqual(['spezifisch']);
  });

  test('names the vague word it found', () => {
    const [hint] = smartHints({ text: 'Ich will mehr Kontakte in der Medizintechnik', measure: '3 Gespräche', deadline: '2026-06-30' }, today);
    expect(hint).toEqual({ criterion: 'spezifisch', message: expect.stringContaining('„mehr“') });
  });

  test('asks for a number when nothing can be counted', () => {
    expect(criteria('Kontakte zu Einkaufsleitungen im Maschinenbau aufbauen', 'Gespräche', '2026-06-30')).toEqual(['messbar']);
  });

  test('accepts German number words as measurable', () => {
    expect(criteria('Kontakte zu Einkaufsleitungen im Maschinenbau aufbauen', 'zwei Gespräche', '2026-06-30')).toEqual([]);
  });

  test('prefers conversations to connection requests', () => {
    expect(criteria('Auf LinkedIn mit Fachleuten der Logistik vernetzen', '100 Vernetzungsanfragen', '2026-06-30')).toEqual(['relevant', 'realistisch']);
  });

  test('questions a very large number gently', () => {
    const hints = smartHints({ text: 'Mit Personalleitungen im Handel ins Gespräch kommen', measure: '60 Gespräche', deadline: '2026-06-30' }, today);
    expect(hints).toEqual([{ criterion: 'realistisch', message: expect.stringMatching(/Passt sie in deine Zeit/) }]);
  });

  test('does not take a year for a large amount', () => {
    expect(criteria('Mit Personalleitungen im Handel ins Gespräch kommen', '3 Gespräche bis Ende 2026', '2026-12-31')).toEqual([]);
  });

  test('asks for a date when there is none', () => {
    expect(criteria('Mit Personalleitungen im Handel ins Gespräch kommen', '3 Gespräche', '')).toEqual(['terminiert']);
  });

  test('notices a date that has passed', () => {
    const hints = smartHints({ text: 'Mit Personalleitungen im Handel ins Gespräch kommen', measure: '3 Gespräche', deadline: '2026-03-01' }, today);
    expect(hints).toEqual([{ criterion: 'terminiert', message: expect.stringMatching(/hinter dir/) }]);
  });

  test('accepts today as a deadline', () => {
    expect(criteria('Mit Personalleitungen im Handel ins Gespräch kommen', '3 Gespräche', today)).toEqual([]);
  });

  test('suggests a milestone for a date more than two years away', () => {
    expect(criteria('Mit Personalleitungen im Handel ins Gespräch kommen', '3 Gespräche', '2028-06-01')).toEqual(['terminiert']);
  });

  test('lists several hints in working order', () => {
    expect(criteria('Mehr Kontakte', '', '')).toEqual(['spezifisch', 'messbar', 'terminiert']);
  });
});

describe('numbersIn', () => {
  test('finds every number written in digits', () => {
    expect(numbersIn('3 Gespräche bis Ende 2026')).toEqual([3, 2026]);
  });
});

describe('hasAmount', () => {
  test('recognises digits and number words but not ordinary words', () => {
    expect(hasAmount('drei Gespräche')).toBe(true);
    expect(hasAmount('5 Treffen')).toBe(true);
    expect(hasAmount('Gespräche führen')).toBe(false);
  });
});
