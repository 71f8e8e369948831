import { ActionsSection } from '../ActionsSection';
import { SectionFrame } from '../SectionFrame';

/** The island of /planer/aktionen/: only this section, so the page loads only its own code. */
export default function Aktionen() {
  return (
    <SectionFrame>
      <ActionsSection />
    </SectionFrame>
  );
}
