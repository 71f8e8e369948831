/**
 * The contact import at scale: a generated LinkedIn `Connections.csv` of n rows (the „Notes:“ lines,
 * quoted commas and line breaks, umlauts, empty emails) goes through the import's pure pipeline –
 * decoding, parsing, the duplicate check against existing contacts and building the planner's
 * contacts – in Node. Reported by `npm run bench`, never asserted.
 */
import { readContactFile } from '../../src/lib/contact-import/read-file';
import { buildContacts, buildPreview } from '../../src/lib/contact-import/preview';
import type { Contact } from '../../src/lib/planner/planner-schema';
import { contact } from '../fixtures/planner-contacts';

export interface ContactImportFigures {
  rows: number;
  existing: number;
  bytes: number;
  /** File bytes to the preview model (decode, parse, duplicates), median ms. */
  previewMs: number;
  /** Preview model to the final contact list, median ms. */
  buildMs: number;
  runs: number;
}

const FIRST = ['Jana', 'Uwe', 'Fatma', 'Sören', 'Zoë', 'Lukas', 'Ayşe', 'Björn', 'Chloé', 'Mehmet'];
const LAST = ['Müller', 'Schröder', 'Yılmaz', 'Weiß', 'Öztürk', 'Groß', 'Kühn', 'Łukasiewicz', 'Dubois', 'Neumann'];

/** A `Connections.csv` of `n` invented connections, shaped like LinkedIn's export; the same text on every run. */
export function connectionsCsv(n: number): string {
  const lines = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  for (let i = 0; i < n; i++) {
    const first = FIRST[i % FIRST.length]!;
    const last = `${LAST[Math.floor(i / FIRST.length) % LAST.length]!}${i}`;
    const email = i % 3 === 0 ? `person${i}@example.org` : '';
    const company = i % 7 === 0 ? `"Beispiel, Partner & Co. ${i % 50}"` : `Firma ${i % 200} GmbH`;
    const position = i % 11 === 0 ? `"Leitung\nVertrieb, Region ${i % 9}"` : 'Beraterin';
    lines.push(`${first},${last},https://www.linkedin.com/in/person-${i},${email},${company},${position},${1 + (i % 28)} ${months[i % 12]} ${2015 + (i % 10)}`);
  }
  return `\uFEFF${lines.join('\n')}\n`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Times preview and build of an n-row import against `existing` stored contacts (every tenth row duplicates one). */
export function measureContactImport(n = 5000, existingCount = 500, runs = 5): ContactImportFigures {
  const bytes = new TextEncoder().encode(connectionsCsv(n));
  const existing: Contact[] = Array.from({ length: existingCount }, (_, i) =>
    contact({ id: `e${i}`, name: `Gespeichert ${i}`, rhythm: '', priority: 'A', added: '2026-01-01', profileUrl: `https://linkedin.com/in/person-${i * 10}/` }),
  );
  const preview: number[] = [];
  const build: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const outcome = readContactFile(bytes, 10_000 - existing.length, 2026);
    if (outcome.ok !== true) throw new Error(`the generated file did not import: ${JSON.stringify(outcome.ok === false ? outcome.error : 'mapping')}`);
    const model = buildPreview(outcome.rows, existing);
    const t1 = performance.now();
    let id = 0;
    const contacts = buildContacts(existing, model, {
      today: '2026-12-01',
      newId: () => `n${++id}`,
      met: () => '',
    });
    const t2 = performance.now();
    if (contacts.length !== existing.length + n - Math.min(existingCount, Math.ceil(n / 10))) throw new Error(`unexpected contact count ${contacts.length}`);
    preview.push(t1 - t0);
    build.push(t2 - t1);
  }
  return {
    rows: n,
    existing: existingCount,
    bytes: bytes.length,
    previewMs: median(preview),
    buildMs: median(build),
    runs,
  };
}
