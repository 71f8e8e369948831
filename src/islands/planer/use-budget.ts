import { useMemo } from 'preact/hooks';
import { answerInputs } from '../../lib/answer-inputs';
import type { PlanInputs } from '../../lib/plan-inputs';
import { effectiveHours } from '../../lib/planner';
import type { PlannerData } from '../../lib/planner-schema';
import { timeBudget } from '../../lib/time-budget';
import { answersStore } from '../../stores/answers-store';
import { usePersisted } from '../../stores/use-persisted';

/** Hours a month and offer from the questionnaire (null while unanswered), for the sections that use them. */
export function useAnswerInputs(): Pick<PlanInputs, 'hoursPerMonth' | 'offer'> {
  const { answers } = usePersisted(answersStore);
  return useMemo(() => answerInputs(answers), [answers]);
}

/** The time budget of the current plan, recomputed only when its parts change. */
export function useBudget(state: PlannerData, inputs: Pick<PlanInputs, 'hoursPerMonth'>) {
  const { channels, contacts, minutesPerFollowUp, hoursPerMonth } = state;
  const asked = inputs.hoursPerMonth;
  return useMemo(
    () => timeBudget({ channels, contacts, minutesPerFollowUp, hoursPerMonth: effectiveHours({ hoursPerMonth }, { hoursPerMonth: asked }) }),
    [channels, contacts, minutesPerFollowUp, hoursPerMonth, asked],
  );
}
