/**
 * Gentle SMART hints for a networking goal: is it specific, measurable, relevant, realistic and
 * time-bound? The hints suggest, they never block – a vague goal is still better than none.
 * The words to look for come from the dictionary as a `SmartLexicon`, so this module stays free of
 * any one language.
 */
import { addDays, type IsoDay } from '../dates/iso-day';
import type { Goal } from './planner-schema';

export type SmartCriterion = 'spezifisch' | 'messbar' | 'relevant' | 'realistisch' | 'terminiert';

/**
 * Why a goal is not yet SMART: `empty`, `short` or `vague` (specific), `noAmount` (measurable:
 * neither a number nor an outcome someone can check), `reach` (relevant: counts requests, not
 * conversations), `large` (realistic), `noDate`, `past` or `far` (time-bound). The page has one
 * sentence per code.
 */
export type SmartCode = 'empty' | 'short' | 'vague' | 'noAmount' | 'reach' | 'large' | 'noDate' | 'past' | 'far';

/** One hint; `word` is the vague word found (for `vague`). */
export interface SmartHint {
  criterion: SmartCriterion;
  code: SmartCode;
  word?: string;
}

/**
 * The words of one language, lower case. `vague` and `amounts` match whole words; `outcomes` and
 * `reach` are stems that match the start of a word (an entry with a space matches those words in a
 * row). An outcome right after a vague word („mehr Kunden“) is a wish, not a result.
 */
export interface SmartLexicon {
  vague: readonly string[];
  amounts: readonly string[];
  outcomes: readonly string[];
  reach: readonly string[];
}

/** A goal further away than this gets a hint to set a milestone. */
const FAR_DAYS = 730;
const LARGE_NUMBER = 50;
const MIN_WORDS = 4;
/** Numbers from here on are taken for years („bis Ende 2026“), not amounts. */
const YEAR_FROM = 1900;

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Index of the first word where `stem` (one or more words) starts, or -1. */
function stemAt(list: readonly string[], stem: string, from = 0): number {
  const parts = words(stem);
  if (parts.length === 0) return -1;
  for (let i = from; i + parts.length <= list.length; i++) {
    const whole = parts.slice(0, -1).every((p, k) => list[i + k] === p);
    if (whole && list[i + parts.length - 1]!.startsWith(parts[parts.length - 1]!)) return i;
  }
  return -1;
}

/**
 * The numbers written in digits in a text.
 * @example numbersIn('3 Gespräche bis Ende 2026') // [3, 2026]
 */
export function numbersIn(text: string): number[] {
  return (text.match(/\d+/g) ?? []).map(Number);
}

/**
 * Whether a text names an amount, in digits or as a number word of the lexicon.
 * @example hasAmount('drei Gespräche', SMART_WORDS) // true
 */
export function hasAmount(text: string, lexicon: SmartLexicon): boolean {
  return /\d/.test(text) || words(text).some((w) => lexicon.amounts.includes(w));
}

/**
 * Whether a text names an outcome someone can check without counting – a signed offer, a published
 * article, a talk given – that is not just wished for („mehr Kunden“).
 * @example hasOutcome('Eine unterschriebene Zusage für eine Lead-Position', SMART_WORDS) // true
 */
export function hasOutcome(text: string, lexicon: SmartLexicon): boolean {
  const list = words(text);
  return lexicon.outcomes.some((stem) => {
    for (let i = stemAt(list, stem); i >= 0; i = stemAt(list, stem, i + 1)) {
      if (!lexicon.vague.includes(list[i - 1] ?? '')) return true;
    }
    return false;
  });
}

/** Whether a goal can be checked: it counts something or names a verifiable outcome. */
export function isMeasurable(text: string, lexicon: SmartLexicon): boolean {
  return hasAmount(text, lexicon) || hasOutcome(text, lexicon);
}

/**
 * Hints that make a goal more concrete, in the order the reader would work on them.
 * An empty list means the goal looks specific, measurable and dated.
 * @example smartHints({ text: 'Mehr Kontakte', measure: '', deadline: '' }, '2026-03-01', SMART_WORDS).map((h) => h.code)
 * // ['short', 'noAmount', 'noDate']
 */
export function smartHints(goal: Pick<Goal, 'text' | 'measure' | 'deadline'>, today: IsoDay, lexicon: SmartLexicon): SmartHint[] {
  const hints: SmartHint[] = [];
  const text = goal.text.trim();
  const measure = goal.measure.trim();
  const both = `${text} ${measure}`;
  const textWords = words(text);
  const vague = textWords.find((w) => lexicon.vague.includes(w));

  if (text === '') {
    hints.push({ criterion: 'spezifisch', code: 'empty' });
  } else if (textWords.length < MIN_WORDS) {
    hints.push({ criterion: 'spezifisch', code: 'short' });
  } else if (vague) {
    hints.push({ criterion: 'spezifisch', code: 'vague', word: vague });
  }

  if (!isMeasurable(both, lexicon)) {
    hints.push({ criterion: 'messbar', code: 'noAmount' });
  }

  const bothWords = words(both);
  if (lexicon.reach.some((stem) => stemAt(bothWords, stem) >= 0)) {
    hints.push({ criterion: 'relevant', code: 'reach' });
  }

  const amounts = numbersIn(measure || text).filter((n) => n < YEAR_FROM);
  if (amounts.some((n) => n >= LARGE_NUMBER)) {
    hints.push({ criterion: 'realistisch', code: 'large' });
  }

  if (goal.deadline === '') {
    hints.push({ criterion: 'terminiert', code: 'noDate' });
  } else if (goal.deadline < today) {
    hints.push({ criterion: 'terminiert', code: 'past' });
  } else if (goal.deadline > addDays(today, FAR_DAYS)) {
    hints.push({ criterion: 'terminiert', code: 'far' });
  }
  return hints;
}
