/** The purposes the reader chose in the questionnaire (re-exported by questionnaire.ts; the plan uses them without the questions). */
import type { Answers } from './answers-schema';
import { PURPOSES, type Purpose } from './profile-options';

/** The purposes chosen, without „Weiß ich noch nicht“, in the order of the list. */
export function chosenPurposes(answers: Answers): Purpose[] {
  return PURPOSES.filter((p) => answers.zwecke.includes(p));
}

/**
 * The purpose that matters most: the one chosen as main, or the only one chosen; null otherwise.
 * @example mainPurpose({ …, zwecke: ['karriere'], hauptzweck: null }) // 'karriere'
 */
export function mainPurpose(answers: Answers): Purpose | null {
  const chosen = chosenPurposes(answers);
  if (chosen.length === 1) return chosen[0]!;
  return answers.hauptzweck !== null && chosen.includes(answers.hauptzweck) ? answers.hauptzweck : null;
}
