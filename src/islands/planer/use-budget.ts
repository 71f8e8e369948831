import { useMemo } from 'preact/hooks';
import type { PlanInputs } from '../../lib/plan/plan-inputs';
import { effectiveHours } from '../../lib/planner/planner';
import type { PlannerData } from '../../lib/planner/planner-schema';
import { timeBudget } from '../../lib/planner/time-budget';

/** The time budget of the current plan, recomputed only when its parts change. */
export function useBudget(state: PlannerData, inputs: Pick<PlanInputs, 'hoursPerMonth'>) {
  const { channels, contacts, minutesPerFollowUp, hoursPerMonth } = state;
  const asked = inputs.hoursPerMonth;
  return useMemo(
    () => timeBudget({ channels, contacts, minutesPerFollowUp, hoursPerMonth: effectiveHours({ hoursPerMonth }, { hoursPerMonth: asked }) }),
    [channels, contacts, minutesPerFollowUp, hoursPerMonth, asked],
  );
}
