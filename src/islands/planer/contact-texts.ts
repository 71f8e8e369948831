import type { ContactExportTexts, ContactImportTexts } from '../../i18n/de/contact-import';
import type { DraftProps } from '../../i18n/de/drafts';
import type { NetworkMapTexts } from '../../i18n/de/network-map';
import type { PlanerTexts } from '../../i18n/de/planer';
import type { InteractionChannel, Priority, Rhythm } from '../../lib/planner/planner-schema';

/** The contacts page's words and the names of its choices, handed in by the page and passed down. */
export interface ContactTexts {
  texts: PlanerTexts['contacts'];
  due: PlanerTexts['due'];
  priorityLabels: Readonly<Record<Priority, string>>;
  rhythmLabels: Readonly<Record<Rhythm, string>>;
  interactionLabels: Readonly<Record<InteractionChannel, string>>;
  /** „Nachricht entwerfen“: its words and templates. */
  drafts: DraftProps;
  /** The import (loaded on „Kontakte importieren“) and the export. */
  imports: ContactImportTexts;
  exports: ContactExportTexts;
  /** The Netzwerkkarte above the list. */
  map: NetworkMapTexts;
}
