import { sectionStatuses } from '../../lib/planner';
import { plannerDefinition } from '../../lib/planner-schema';
import { StorageNotices } from '../shared/StorageNotices';
import { LiveRegion } from './announce';
import { Overview, type ToolAvailability } from './Overview';
import { usePlanInputs, usePlanner } from './use-planner';

/** The top of the planner: storage notices, the live region for all sections, and the overview. */
export function PlannerTop({ tools }: { tools: ToolAvailability }) {
  const state = usePlanner();
  const inputs = usePlanInputs();
  return (
    <>
      <StorageNotices keys={[plannerDefinition.key]} />
      <LiveRegion />
      <Overview statuses={sectionStatuses(state, inputs)} tools={tools} toolStatus={inputs.toolStatus} />
    </>
  );
}
