import type { PlanerTexts } from '../../../i18n/de/planer';
import { ActionsSection } from '../ActionsSection';
import { SectionFrame } from '../SectionFrame';

/** The island of /planer/aktionen/: only this section, so the page loads only its own code; its words come from the page. */
export default function Aktionen({ common, texts }: { common: PlanerTexts['common']; texts: PlanerTexts['actions'] }) {
  return (
    <SectionFrame common={common}>
      <ActionsSection texts={texts} />
    </SectionFrame>
  );
}
