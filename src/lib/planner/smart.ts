/**
 * Gentle SMART hints for a networking goal: is it specific, measurable, relevant, realistic and
 * time-bound? The hints suggest, they never block – a vague goal is still better than none.
 */
import { addDays, type IsoDay } from '../dates/iso-day';
import type { Goal } from './planner-schema';

export type SmartCriterion = 'spezifisch' | 'messbar' | 'relevant' | 'realistisch' | 'terminiert';

/**
 * Why a goal is not yet SMART: `empty`, `short` or `vague` (specific), `noAmount` (measurable),
 * `reach` (relevant: counts requests, not conversations), `large` (realistic), `noDate`, `past` or
 * `far` (time-bound). The page has one sentence per code.
 */
export type SmartCode = 'empty' | 'short' | 'vague' | 'noAmount' | 'reach' | 'large' | 'noDate' | 'past' | 'far';

/** One hint; `word` is the vague word found (for `vague`). */
export interface SmartHint {
  criterion: SmartCriterion;
  code: SmartCode;
  word?: string;
}

/** Words that turn a goal into a wish („mehr Kontakte“); matched as whole words. */
const VAGUE_WORDS = ['mehr', 'besser', 'irgendwie', 'irgendwann', 'einige', 'viele', 'möglichst', 'paar', 'etwas', 'generell', 'allgemein', 'öfter', 'bald'];
const NUMBER_WORDS = ['zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'zwanzig', 'dreißig', 'dutzend', 'hundert', 'einmal', 'zweimal', 'dreimal', 'monatlich', 'wöchentlich'];
/** Counting reach instead of conversations goes against „Klasse statt Masse“. */
const REACH_PATTERN = /(vernetzungsanfrage|kontaktanfrage|follower|likes|abonnent|connections|visitenkarte)/i;
/** A goal further away than this gets a hint to set a milestone. */
const FAR_DAYS = 730;
const LARGE_NUMBER = 50;

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The numbers written in digits in a text.
 * @example numbersIn('3 Gespräche bis Ende 2026') // [3, 2026]
 */
export function numbersIn(text: string): number[] {
  return (text.match(/\d+/g) ?? []).map(Number);
}

/**
 * Whether a text names an amount, in digits or as a German number word.
 * @example hasAmount('drei Gespräche') // true
 */
export function hasAmount(text: string): boolean {
  return /\d/.test(text) || words(text).some((w) => NUMBER_WORDS.includes(w));
}

/**
 * Hints that make a goal more concrete, in the order the reader would work on them.
 * An empty list means the goal looks specific, measurable and dated.
 * @example smartHints({ text: 'Mehr Kontakte', measure: '', deadline: '', … }, '2026-03-01').map((h) => h.code)
 * // ['short', 'noAmount', 'noDate']
 */
export function smartHints(goal: Pick<Goal, 'text' | 'measure' | 'deadline'>, today: IsoDay): SmartHint[] {
  const hints: SmartHint[] = [];
  const text = goal.text.trim();
  const measure = goal.measure.trim();
  const textWords = words(text);
  const vague = textWords.find((w) => VAGUE_WORDS.includes(w));

  if (text === '') {
    hints.push({ criterion: 'spezifisch', code: 'empty' });
  } else if (textWords.length < 4) {
    hints.push({ criterion: 'spezifisch', code: 'short' });
  } else if (vague) {
    hints.push({ criterion: 'spezifisch', code: 'vague', word: vague });
  }

  if (!hasAmount(`${text} ${measure}`)) {
    hints.push({ criterion: 'messbar', code: 'noAmount' });
  }

  if (REACH_PATTERN.test(`${text} ${measure}`)) {
    hints.push({ criterion: 'relevant', code: 'reach' });
  }

  const amounts = numbersIn(measure || text).filter((n) => n < 1900);
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
