import { GiveSection } from '../GiveSection';
import { SectionFrame } from '../SectionFrame';

/** The island of /planer/geben/: only this section, so the page loads only its own code. */
export default function Geben() {
  return (
    <SectionFrame>
      <GiveSection />
    </SectionFrame>
  );
}
