import type { PlannerData } from '../../lib/planner/planner-schema';
import { plannerStore } from '../../stores/planner';
import { usePersisted } from '../../stores/use-persisted';

/** The planner's saved state; every section island reads the same store. */
export const usePlanner = (): PlannerData => usePersisted(plannerStore);
