import { ChannelsSection } from '../ChannelsSection';
import { SectionFrame } from '../SectionFrame';

/** The island of /planer/kanaele/: only this section, so the page loads only its own code. */
export default function Kanaele() {
  return (
    <SectionFrame>
      <ChannelsSection />
    </SectionFrame>
  );
}
