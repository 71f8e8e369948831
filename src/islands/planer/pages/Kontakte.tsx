import { ContactsSection } from '../ContactsSection';
import { SectionFrame } from '../SectionFrame';

/** The island of /planer/kontakte/: only this section, so the page loads only its own code. */
export default function Kontakte() {
  return (
    <SectionFrame>
      <ContactsSection />
    </SectionFrame>
  );
}
