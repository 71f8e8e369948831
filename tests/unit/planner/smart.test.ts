import { describe, expect, test } from 'vitest';
import { PLANER_TEXTS } from '../../../src/i18n/de/planer';
import { hasAmount, numbersIn, smartHints, type SmartCode } from '../../../src/lib/planner/smart';

const today = '2026-03-02';
const criteria = (text: string, measure: string, deadline: string) => smartHints({ text, measure, deadline }, today).map((h) => h.criterion);

describe('smartHints', () => {
  test('has no hint for a specific, measurable goal with a date', () => {
    expect(smartHints({ text: 'Mit Abteilungsleitungen aus der Medizintechnik in Köln sprechen', measure: '3 Gespräche', deadline: '2026-06-30' }, today)).toEqual([]);
  });

  test('asks for a sentence when the goal is empty', () => {
    expect(smartHints({ text: '', measure: '', deadline: '2026-06-30' }, today)[0]).toEqual({ criterion: 'spezifisch', code: 'empty' });
  });

  test('finds a very short goal too general', () => {
    expect(smartHints({ text: 'Neuer Job', measure: 'drei Gespräche', deadline: '2026-06-30' }, today)).toEqual([{ criterion: 'spezifisch', code: 'short' }]);
  });

  test('names the vague word it found', () => {
    const [hint] = smartHints({ text: 'Ich will mehr Kontakte in der Medizintechnik', measure: '3 Gespräche', deadline: '2026-06-30' }, today);
    expect(hint).toEqual({ criterion: 'spezifisch', code: 'vague', word: 'mehr' });
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
    expect(hints).toEqual([{ criterion: 'realistisch', code: 'large' }]);
  });

  test('does not take a year for a large amount', () => {
    expect(criteria('Mit Personalleitungen im Handel ins Gespräch kommen', '3 Gespräche bis Ende 2026', '2026-12-31')).toEqual([]);
  });

  test('asks for a date when there is none', () => {
    expect(smartHints({ text: 'Mit Personalleitungen im Handel ins Gespräch kommen', measure: '3 Gespräche', deadline: '' }, today)).toEqual([{ criterion: 'terminiert', code: 'noDate' }]);
  });

  test('notices a date that has passed', () => {
    const hints = smartHints({ text: 'Mit Personalleitungen im Handel ins Gespräch kommen', measure: '3 Gespräche', deadline: '2026-03-01' }, today);
    expect(hints).toEqual([{ criterion: 'terminiert', code: 'past' }]);
  });

  test('accepts today as a deadline', () => {
    expect(criteria('Mit Personalleitungen im Handel ins Gespräch kommen', '3 Gespräche', today)).toEqual([]);
  });

  test('suggests a milestone for a date more than two years away', () => {
    expect(smartHints({ text: 'Mit Personalleitungen im Handel ins Gespräch kommen', measure: '3 Gespräche', deadline: '2028-06-01' }, today)).toEqual([{ criterion: 'terminiert', code: 'far' }]);
  });

  test('lists several hints in working order', () => {
    expect(criteria('Mehr Kontakte', '', '')).toEqual(['spezifisch', 'messbar', 'terminiert']);
    expect(smartHints({ text: 'Mehr Kontakte', measure: '', deadline: '' }, today).map((h) => h.code)).toEqual(['short', 'noAmount', 'noDate']);
  });
});

describe('the goals dictionary', () => {
  test('has a sentence for every hint code', () => {
    const codes: SmartCode[] = ['empty', 'short', 'vague', 'noAmount', 'reach', 'large', 'noDate', 'past', 'far'];
    expect(Object.keys(PLANER_TEXTS.goals.smart).sort()).toEqual([...codes].sort());
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
