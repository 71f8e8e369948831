/** What the questionnaire gives the planner's time budget and Geben section (see plan-inputs.ts). */
import type { Answers } from './answers-schema';
import { hoursPerMonth } from './hours';
import { offerItems } from './offer';
import type { PlanInputs } from './plan-inputs';

/**
 * What the questionnaire gives the planner's time budget and Geben section: hours a month and the
 * offer, each null while unanswered.
 * @example answerInputs({ …, stunden: '6' }).hoursPerMonth // 6
 */
export function answerInputs(answers: Answers): Pick<PlanInputs, 'hoursPerMonth' | 'offer'> {
  const offer = offerItems(answers);
  return { hoursPerMonth: hoursPerMonth(answers), offer: offer.length > 0 ? offer : null };
}
