import { describe, expect, test } from 'vitest';
import type { Contact } from '../../../src/lib/planner/planner-schema';
import { buildContacts, buildPreview, decide, DEFAULT_TRIAGE, mergeInto, normaliseUrl, previewCounts, select, triageSelected } from '../../../src/lib/contact-import/preview';
import { emptyRow, type ImportRow } from '../../../src/lib/contact-import/fields';

const row = (at: number, fields: Partial<ImportRow>): ImportRow => ({ ...emptyRow(at), ...fields });
const contact = (id: string, fields: Partial<Contact>): Contact => ({
  id, name: id, organisation: '', met: '', introducedBy: '', topics: '', offerThem: '', offerMe: '', birthday: '', rhythm: '3m', priority: 'B', added: '2026-01-01', snoozedUntil: '', log: [],
  emails: [], phones: [], profileUrl: '', position: '', tags: [], notes: '', ...fields,
});

const existing = [
  contact('c1', { name: 'Jana Müller', organisation: 'Stadtwerke', emails: ['Jana@Example.org'] }),
  contact('c2', { name: 'Uwe Schröder', profileUrl: 'https://www.linkedin.com/in/uwe/' }),
  contact('c3', { name: 'Dr. Fatma Yılmaz', organisation: 'Kanzlei Yılmaz', position: 'Anwältin', notes: 'selbst getippt' }),
];

describe('likely duplicates', () => {
  test('same email (case folded), same profile URL (normalised) or same folded name and organisation', () => {
    const preview = buildPreview([
      row(1, { name: 'J. Müller', emails: ['jana@example.ORG'] }),
      row(2, { name: 'Uwe S.', profileUrl: 'http://linkedin.com/in/uwe?trk=x' }),
      row(3, { name: 'dr. fatma yilmaz', organisation: 'KANZLEI YILMAZ' }),
      row(4, { name: 'Fatma Yılmaz', organisation: 'Andere Kanzlei' }),
    ], existing);
    expect(preview.map((p) => [p.duplicateOf, p.reason, p.decision])).toEqual([
      [{ contactId: 'c1' }, 'email', 'merge'],
      [{ contactId: 'c2' }, 'profileUrl', 'merge'],
      [{ contactId: 'c3' }, 'name', 'merge'],
      [null, null, 'add'],
    ]);
    expect(previewCounts(preview)).toEqual({ fresh: 1, duplicates: 3, taken: 4 });
  });

  test('a row repeating an earlier row of the same file is its duplicate', () => {
    const preview = buildPreview([row(1, { name: 'Lea', emails: ['lea@example.org'] }), row(2, { name: 'Lea N.', emails: ['LEA@example.org'] })], []);
    expect(preview[1]!.duplicateOf).toEqual({ row: 0 });
  });

  test('URLs normalise without scheme, www, query and trailing slash', () => {
    expect(normaliseUrl(' HTTPS://www.LinkedIn.com/in/jana/?utm=1#x ')).toBe('linkedin.com/in/jana');
  });
});

describe('the reader’s choices', () => {
  test('merge, add anyway or skip; a new row cannot be merged', () => {
    let preview = buildPreview([row(1, { name: 'Jana', emails: ['jana@example.org'] }), row(2, { name: 'Neu' })], existing);
    preview = decide(preview, 0, 'skip');
    preview = decide(preview, 1, 'merge');
    expect(preview.map((p) => p.decision)).toEqual(['skip', 'add']);
    expect(previewCounts(preview).taken).toBe(1);
  });

  test('bulk triage changes only the selected rows; new rows start with priority A and no rhythm', () => {
    let preview = buildPreview([row(1, { name: 'A' }), row(2, { name: 'B', tags: ['Kunden'] })], []);
    expect(preview[0]!.triage).toEqual(DEFAULT_TRIAGE);
    preview = select(preview, null, false);
    preview = select(preview, [1], true);
    preview = triageSelected(preview, { priority: 'C', rhythm: '6m', addTags: ['LinkedIn', 'kunden'] });
    expect(preview[0]!.triage).toEqual({ priority: 'A', rhythm: '', tags: [] });
    expect(preview[1]!.triage).toEqual({ priority: 'C', rhythm: '6m', tags: ['Kunden', 'LinkedIn'] });
  });
});

describe('building the planner’s contacts', () => {
  const options = { today: '2026-12-01', newId: (() => { let n = 0; return () => `n${++n}`; })(), met: (r: ImportRow) => (r.connectedOn ? `LinkedIn ${r.connectedOn}` : '') };

  test('merging fills empty fields and adds emails, phones and tags, never overwriting what the reader typed', () => {
    const merged = mergeInto(existing[2]!, row(1, { name: 'Fatma', organisation: 'Andere', position: 'Partnerin', notes: 'aus der Datei', emails: ['f@example.org'], phones: ['+49 1'], birthday: '1980-01-02', profileUrl: 'https://example.org/f' }), ['Recht']);
    expect(merged).toMatchObject({ name: 'Dr. Fatma Yılmaz', organisation: 'Kanzlei Yılmaz', position: 'Anwältin', notes: 'selbst getippt', emails: ['f@example.org'], phones: ['+49 1'], birthday: '1980-01-02', profileUrl: 'https://example.org/f', tags: ['Recht'], rhythm: '3m', priority: 'B' });
  });

  test('existing contacts keep their order; new ones follow in the file’s order; skipped rows change nothing', () => {
    let preview = buildPreview([
      row(1, { name: 'Jana', emails: ['jana@example.org', 'j2@example.org'] }),
      row(2, { name: 'Neu Eins', connectedOn: '2024-03-15', emails: ['eins@example.org'] }),
      row(3, { name: 'Neu Eins', emails: ['EINS@example.org'], phones: ['+49 2'] }),
      row(4, { name: 'Übersprungen' }),
    ], existing);
    preview = decide(preview, 3, 'skip');
    const contacts = buildContacts(existing, preview, options);
    expect(contacts.map((c) => c.id)).toEqual(['c1', 'c2', 'c3', 'n1']);
    expect(contacts[0]!.emails).toEqual(['Jana@Example.org', 'j2@example.org']);
    expect(contacts[3]).toMatchObject({ name: 'Neu Eins', met: 'LinkedIn 2024-03-15', added: '2026-12-01', rhythm: '', priority: 'A', emails: ['eins@example.org'], phones: ['+49 2'], log: [] });
    expect(existing[0]!.emails).toEqual(['Jana@Example.org']);
  });

  test('a duplicate added anyway becomes its own contact', () => {
    const preview = decide(buildPreview([row(1, { name: 'Jana', emails: ['jana@example.org'] })], existing), 0, 'add');
    expect(buildContacts(existing, preview, options)).toHaveLength(4);
  });
});
