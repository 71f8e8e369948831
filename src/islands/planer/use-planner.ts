import { useStore } from '@nanostores/preact';
import { useMemo } from 'preact/hooks';
import { NO_PLAN_INPUTS, type PlanInputs } from '../../lib/plan-inputs';
import { effectiveHours } from '../../lib/planner';
import type { PlannerData } from '../../lib/planner-schema';
import { timeBudget } from '../../lib/time-budget';
import { $planInputs, plannerStore } from '../../stores/planner';
import { usePersisted } from '../../stores/use-persisted';

/** The planner's saved state; every section island reads the same store. */
export const usePlanner = (): PlannerData => usePersisted(plannerStore);

/** What the other tools contribute. */
export const usePlanInputs = (): PlanInputs => useStore($planInputs, { ssr: () => NO_PLAN_INPUTS });

/** The time budget of the current plan, recomputed only when its parts change. */
export function useBudget(state: PlannerData, inputs: PlanInputs) {
  const { channels, contacts, minutesPerFollowUp, hoursPerMonth } = state;
  return useMemo(
    () => timeBudget({ channels, contacts, minutesPerFollowUp, hoursPerMonth: effectiveHours({ hoursPerMonth }, inputs) }),
    [channels, contacts, minutesPerFollowUp, hoursPerMonth, inputs],
  );
}
