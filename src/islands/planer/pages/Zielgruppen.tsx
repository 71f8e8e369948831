import type { GroupKind, GroupLevel } from '../../../lib/planner/planner-schema';
import { GroupsSection } from '../GroupsSection';
import { SectionFrame } from '../SectionFrame';

/** The island of /planer/zielgruppen/: only this section; its choices come from the page as props. */
export default function Zielgruppen(props: { kindLabels: Readonly<Record<GroupKind, string>>; levelLabels: Readonly<Record<GroupLevel, string>> }) {
  return (
    <SectionFrame>
      <GroupsSection {...props} />
    </SectionFrame>
  );
}
