/** What the questionnaire gives the planner's time budget and Geben section (see plan-inputs.ts). */
import type { Answers } from '../questionnaire/answers-schema';
import type { Labels, Offer } from '../questionnaire/profile-options';
import { hoursPerMonth } from '../questionnaire/hours';
import { offerItems } from '../questionnaire/offer';

/** Hours a month and the offer from the questionnaire, each null while unanswered. */
export interface AnswerInputs {
  /** Hours a month the reader can spare. */
  hoursPerMonth: number | null;
  /** What the reader can offer, one item each. */
  offer: string[] | null;
}

/**
 * What the questionnaire gives the planner's time budget and Geben section: hours a month and the
 * offer (the kinds ticked in the words of `labels`), each null while unanswered.
 * @example answerInputs({ …, stunden: '6' }, optionLabels).hoursPerMonth // 6
 */
export function answerInputs(answers: Answers, labels: Pick<Labels, Offer>): AnswerInputs {
  const offer = offerItems(answers, labels);
  return { hoursPerMonth: hoursPerMonth(answers), offer: offer.length > 0 ? offer : null };
}
