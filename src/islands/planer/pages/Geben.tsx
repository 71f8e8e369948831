import type { PlanerTexts } from '../../../i18n/de/planer';
import { GiveSection } from '../GiveSection';
import { SectionFrame } from '../SectionFrame';

/** The island of /planer/geben/: only this section, so the page loads only its own code; its words come from the page. */
export default function Geben({ common, texts }: { common: PlanerTexts['common']; texts: PlanerTexts['give'] }) {
  return (
    <SectionFrame common={common}>
      <GiveSection texts={texts} />
    </SectionFrame>
  );
}
