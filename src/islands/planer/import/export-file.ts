/** The export's file, written on click: the writers load only then (like the import's parsers). */
import type { ContactExportTexts } from '../../../i18n/de/contact-import';
import { contactsCsv } from '../../../lib/contact-export/csv';
import { contactsVCard } from '../../../lib/contact-export/vcard';
import type { Contact, Priority, Rhythm } from '../../../lib/planner/planner-schema';
import { downloadText } from '../../shared/download';

export type ExportFormat = 'csv' | 'vcard';

/** Offers the contacts as `kontakte.csv` (German Excel) or `kontakte.vcf` (vCard 4.0). */
export function downloadContacts(format: ExportFormat, contacts: readonly Contact[], texts: ContactExportTexts, priorityLabels: Readonly<Record<Priority, string>>, rhythmLabels: Readonly<Record<Rhythm, string>>): void {
  if (format === 'csv') downloadText(`${texts.fileName}.csv`, contactsCsv(contacts, { header: texts.header, priorityLabels, rhythmLabels }), 'text/csv;charset=utf-8');
  else downloadText(`${texts.fileName}.vcf`, contactsVCard(contacts), 'text/vcard;charset=utf-8');
}
