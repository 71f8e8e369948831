import type { GoalKind } from '../../../lib/planner/planner-schema';
import { GoalsSection } from '../GoalsSection';
import { SectionFrame } from '../SectionFrame';

/** The island of /planer/ziele/: only this section; the kinds of goal come from the page as props. */
export default function Ziele(props: { kindLabels: Readonly<Record<GoalKind, string>> }) {
  return (
    <SectionFrame>
      <GoalsSection {...props} />
    </SectionFrame>
  );
}
