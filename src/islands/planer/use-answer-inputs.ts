import { useMemo } from 'preact/hooks';
import { answerInputs } from '../../lib/planner/answer-inputs';
import type { PlanInputs } from '../../lib/plan/plan-inputs';
import { answersStore } from '../../stores/answers-store';
import { usePersisted } from '../../stores/use-persisted';

/** Hours a month and offer from the questionnaire (null while unanswered), for the sections that use them. */
export function useAnswerInputs(): Pick<PlanInputs, 'hoursPerMonth' | 'offer'> {
  const { answers } = usePersisted(answersStore);
  return useMemo(() => answerInputs(answers), [answers]);
}
