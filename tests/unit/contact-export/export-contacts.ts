/** Contacts with every field the import reads, in awkward spellings, for the export's round-trip tests. */
import type { Contact } from '../../../src/lib/planner/planner-schema';
import type { ImportRow } from '../../../src/lib/contact-import/fields';
import { contact } from '../../fixtures/planner-contacts';

export const EXPORT_CONTACTS: Contact[] = [
  contact({
    id: 'k1',
    name: 'Dr. Fatma Yılmaz',
    organisation: 'Schröder, Weber & Co. KG; Niederlassung Süd',
    position: 'Geschäftsführerin',
    emails: ['fatma@example.org', 'f.yilmaz@example.com'],
    phones: ['+49 89 123456', '0171 2345678'],
    profileUrl: 'https://www.linkedin.com/in/fatma-yilmaz',
    birthday: '1985-03-14',
    tags: ['Medizintechnik', 'Köln'],
    notes: 'Erste Zeile\nZweite Zeile mit "Anführungszeichen", Komma; Semikolon und \\ Backslash – und einem sehr langen Satz, der über fünfundsiebzig Oktette hinausgeht, mit ÄÖÜß.',
  }),
  contact({ id: 'k2', name: 'Kim', birthday: '02-29' }),
  contact({ id: 'k3', name: '=Formel', organisation: '@Handle', position: '-Minus', tags: ['-'] }),
];

const FIELDS = ['name', 'organisation', 'position', 'emails', 'phones', 'profileUrl', 'birthday', 'tags', 'notes'] as const;

/** The fields a contact and an imported row share. */
export const IMPORTED_FIELDS = (c: Contact | ImportRow) => Object.fromEntries(FIELDS.map((f) => [f, c[f]]));
