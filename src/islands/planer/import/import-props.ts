import type { ContactImportTexts } from '../../../i18n/de/contact-import';
import type { IsoDay } from '../../../lib/dates/iso-day';
import type { Contact, Priority, Rhythm, TargetGroup } from '../../../lib/planner/planner-schema';

/** What the contacts page hands the import: its words, the choices' names, the planner's contacts and groups. */
export interface ContactImportProps {
  texts: ContactImportTexts;
  priorityLabels: Readonly<Record<Priority, string>>;
  rhythmLabels: Readonly<Record<Rhythm, string>>;
  contacts: readonly Contact[];
  groups: readonly TargetGroup[];
  today: IsoDay;
  onClose: () => void;
}
