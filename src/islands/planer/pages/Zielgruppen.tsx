import { GroupsSection } from '../GroupsSection';
import { SectionFrame } from '../SectionFrame';

/** The island of /planer/zielgruppen/: only this section, so the page loads only its own code. */
export default function Zielgruppen() {
  return (
    <SectionFrame>
      <GroupsSection />
    </SectionFrame>
  );
}
