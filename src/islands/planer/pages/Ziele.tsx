import { GoalsSection } from '../GoalsSection';
import { SectionFrame } from '../SectionFrame';

/** The island of /planer/ziele/: only this section, so the page loads only its own code. */
export default function Ziele() {
  return (
    <SectionFrame>
      <GoalsSection />
    </SectionFrame>
  );
}
