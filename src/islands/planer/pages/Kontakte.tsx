import type { PlanerTexts } from '../../../i18n/de/planer';
import type { ContactTexts } from '../contact-texts';
import { ContactsSection } from '../ContactsSection';
import { SectionFrame } from '../SectionFrame';

/** The island of /planer/kontakte/: only this section; its words and the choices' names come from the page. */
export default function Kontakte({ common, ...props }: ContactTexts & { common: PlanerTexts['common'] }) {
  return (
    <SectionFrame common={common}>
      <ContactsSection {...props} />
    </SectionFrame>
  );
}
