import { describe, expect, test } from 'vitest';
import { PLANER_TEXTS } from '../../../src/i18n/de/planer';
import fc from 'fast-check';
import { SMART_WORDS } from '../../../src/i18n/de/smart-words';
import { hasAmount, hasOutcome, isMeasurable, numbersIn, smartHints as hintsWith, type SmartCode, type SmartLexicon } from '../../../src/lib/planner/smart';

const today = '2026-03-02';
const smartHints = (goal: Parameters<typeof hintsWith>[0], day: string) => hintsWith(goal, day, SMART_WORDS);
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
    expect(hasAmount('drei Gespräche', SMART_WORDS)).toBe(true);
    expect(hasAmount('5 Treffen', SMART_WORDS)).toBe(true);
    expect(hasAmount('Gespräche führen', SMART_WORDS)).toBe(false);
  });
});

describe('measurable goals (issue 12)', () => {
  const measurable = [
    'Eine unterschriebene Zusage für eine Lead-Position',
    'drei Gespräche mit Einkaufsleitungen',
    'zwei Empfehlungen von früheren Kundinnen',
    'Zweimal als Gast beim Unternehmerfrühstück',
    'Ein Fachartikel ist im Verbandsmagazin veröffentlicht',
    'Einen Vortrag beim Barcamp in Leipzig gehalten',
    'Das Zertifikat als Scrum Master in der Tasche',
    'Einen Arbeitsvertrag als Teamleiterin unterschreiben',
    'Eine neue Stelle im Produktmanagement antreten',
    'Den ersten Kunden gewinnen',
    'Einen Auftrag gewonnen, der über das Netzwerk kam',
    'Ein Jobangebot aus der Medizintechnik',
    'Eine Zusage für das Mentoring-Programm',
    'Monatlich ein Treffen im Verband',
    'Ein Dutzend Gespräche auf der Messe',
    'Mit 5 Fachleuten sprechen',
    'Einen Gastbeitrag im Branchenblog',
    'Beide Prüfungen bestanden',
  ];
  const notMeasurable = [
    'mehr netzwerken',
    'Besser vernetzt sein',
    'Mehr Kunden gewinnen',
    'Viele neue Kontakte knüpfen',
    'Kontakte zu Auftraggebern aufbauen',
    'Sichtbarer werden in der Branche',
    'Auf Qualität achten im Netzwerk',
    'Gespräche führen',
    'Mich in der Szene bekannt machen',
    'Kontakte pflegen',
  ];
  test.each(measurable)('„%s“ is measurable', (text) => {
    expect(isMeasurable(text, SMART_WORDS)).toBe(true);
    expect(smartHints({ text, measure: '', deadline: '2026-06-30' }, today).map((h) => h.code)).not.toContain('noAmount');
  });
  test.each(notMeasurable)('„%s“ is not measurable', (text) => {
    expect(isMeasurable(text, SMART_WORDS)).toBe(false);
    expect(smartHints({ text, measure: '', deadline: '2026-06-30' }, today).map((h) => h.code)).toContain('noAmount');
  });

  test('a signed offer for a lead position is a complete SMART goal once it has a date', () => {
    expect(smartHints({ text: 'Eine unterschriebene Zusage für eine Lead-Position', measure: '', deadline: '2026-09-30' }, today)).toEqual([]);
  });

  test('„mehr netzwerken“ gets a hint for each missing part', () => {
    expect(smartHints({ text: 'mehr netzwerken', measure: '', deadline: '' }, today).map((h) => h.code)).toEqual(['short', 'noAmount', 'noDate']);
  });

  test('an outcome in the measure field counts too', () => {
    expect(criteria('Mit Redaktionen der Fachpresse ins Gespräch kommen', 'ein veröffentlichter Artikel', '2026-06-30')).toEqual([]);
  });

  test('an outcome right after a vague word is a wish', () => {
    expect(hasOutcome('mehr Kunden gewinnen', SMART_WORDS)).toBe(false);
    expect(hasOutcome('den ersten Kunden gewinnen', SMART_WORDS)).toBe(true);
  });
});

describe('the lexicon', () => {
  test('keeps every entry in lower case and without surrounding spaces', () => {
    for (const list of Object.values(SMART_WORDS)) {
      for (const entry of list) expect(entry).toBe(entry.toLowerCase().trim());
    }
  });

  test('is what decides: an empty lexicon knows only digits', () => {
    const none: SmartLexicon = { vague: [], amounts: [], outcomes: [], reach: [] };
    expect(isMeasurable('drei Gespräche', none)).toBe(false);
    expect(isMeasurable('3 Gespräche', none)).toBe(true);
    expect(hintsWith({ text: 'mehr Kontakte knüpfen in Köln', measure: '3', deadline: '2026-06-30' }, today, none)).toEqual([]);
  });
});

describe('smartHints properties', () => {
  const text = fc.string({ maxLength: 120 });
  const deadline = fc.constantFrom('', '2025-01-01', today, '2026-06-30', '2030-01-01');

  test('never throws and lists each criterion at most once, in working order', () => {
    const order = ['spezifisch', 'messbar', 'relevant', 'realistisch', 'terminiert'];
    fc.assert(
      fc.property(text, text, deadline, (t, m, d) => {
        const got = smartHints({ text: t, measure: m, deadline: d }, today).map((h) => h.criterion);
        expect(new Set(got).size).toBe(got.length);
        expect([...got].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(got);
      }),
    );
  });

  test('adding a digit to the measure always makes a goal measurable', () => {
    fc.assert(
      fc.property(text, text, fc.integer({ min: 1, max: 49 }), (t, m, n) => {
        const codes = smartHints({ text: t, measure: `${m} ${n}`, deadline: '2026-06-30' }, today).map((h) => h.code);
        expect(codes).not.toContain('noAmount');
      }),
    );
  });

  test('a verifiable outcome makes any sentence measurable', () => {
    const outcome = fc.constantFrom('eine unterschriebene Zusage', 'ein veröffentlichter Artikel', 'einen Vortrag gehalten', 'das Zertifikat', 'eine neue Position');
    const filler = fc.constantFrom('in Köln', 'für die Lead-Position', 'bei einem Verband', '', 'im Maschinenbau');
    fc.assert(fc.property(outcome, filler, (o, f) => {
      expect(isMeasurable(`${o} ${f}`, SMART_WORDS)).toBe(true);
    }));
  });

  test('the deadline alone decides the time-bound hint', () => {
    fc.assert(
      fc.property(text, text, (t, m) => {
        const codes = (d: string) => smartHints({ text: t, measure: m, deadline: d }, today).filter((h) => h.criterion === 'terminiert').map((h) => h.code);
        expect(codes('')).toEqual(['noDate']);
        expect(codes('2026-03-01')).toEqual(['past']);
        expect(codes('2026-06-30')).toEqual([]);
        expect(codes('2029-01-01')).toEqual(['far']);
      }),
    );
  });
});
