/** What the questionnaire gives the planner's time budget and Geben section (see plan-inputs.ts). */
import type { Answers } from '../questionnaire/answers-schema';
import { hoursPerMonth } from '../questionnaire/hours';
import { offerItems } from '../questionnaire/offer';
import type { PlanInputs } from '../plan/plan-inputs';

/**
 * What the questionnaire gives the planner's time budget and Geben section: hours a month and the
 * offer, each null while unanswered.
 * @example answerInputs({ …, stunden: '6' }).hoursPerMonth // 6
 */
export function answerInputs(answers: Answers): Pick<PlanInputs, 'hoursPerMonth' | 'offer'> {
  const offer = offerItems(answers);
  return { hoursPerMonth: hoursPerMonth(answers), offer: offer.length > 0 ? offer : null };
}
