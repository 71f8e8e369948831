import type { ChannelType } from '../../../lib/planner-schema';
import { BudgetSection } from '../BudgetSection';
import { SectionFrame } from '../SectionFrame';

/** The island of /planer/zeit/: only this section, so the page loads only its own code. */
export default function Zeit({ channelLabels }: { channelLabels: Readonly<Record<ChannelType, string>> }) {
  return (
    <SectionFrame>
      <BudgetSection channelLabels={channelLabels} />
    </SectionFrame>
  );
}
