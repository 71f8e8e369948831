import { beforeEach, describe, expect, test } from 'vitest';
import { emptyRow, type ImportRow } from '../../../src/lib/contact-import/fields';
import { buildPreview, decide } from '../../../src/lib/contact-import/preview';
import { importContacts, undoContactImport } from '../../../src/stores/contact-import';
import { readRaw, snapshotKeys } from '../../../src/stores/persistence';
import { readSnapshot } from '../support/snapshots';
import { $planner, plannerStore } from '../../../src/stores/planner';
import { contact } from '../../fixtures/planner-contacts';

const row = (at: number, over: Partial<ImportRow>): ImportRow => ({ ...emptyRow(at), ...over });
const options = { today: '2026-03-02', met: (r: ImportRow) => (r.connectedOn ? `seit ${r.connectedOn}` : '') } as const;

beforeEach(() => {
  plannerStore.reset();
  plannerStore.update((s) => ({ ...s, contacts: [contact({ id: 'k1', name: 'Jana', emails: ['jana@example.org'] })] }));
});

describe('importContacts', () => {
  test('adds and merges in one write, after a snapshot naming the file', async () => {
    const before = readRaw('nk:planer');
    const rows = [row(1, { name: 'Jana Müller', emails: ['JANA@example.org'], position: 'Leiterin' }), row(2, { name: 'Kim', connectedOn: '2024-03-15' })];
    const result = await importContacts('Connections.csv', buildPreview(rows, $planner.get().contacts), options);
    expect(result).toEqual({ ok: true, count: 2 });
    const contacts = $planner.get().contacts;
    expect(contacts).toHaveLength(2);
    expect(contacts[0]).toMatchObject({ id: 'k1', name: 'Jana', position: 'Leiterin' });
    expect(contacts[1]).toMatchObject({ name: 'Kim', met: 'seit 2024-03-15', priority: 'A', rhythm: '', added: '2026-03-02' });
    expect(await readSnapshot({ readRaw, snapshotKeys })).toMatchObject({ cause: { code: 'beforeContactImport', fileName: 'Connections.csv' }, values: { 'nk:planer': before } });
  });

  test('skipped rows change nothing; „Rückgängig“ brings back the exact stored text', async () => {
    const before = readRaw('nk:planer');
    const preview = decide(buildPreview([row(1, { name: 'Kim' }), row(2, { name: 'Lea' })], []), 1, 'skip');
    expect(await importContacts('kontakte.vcf', preview, options)).toEqual({ ok: true, count: 1 });
    expect($planner.get().contacts.map((c) => c.name)).toEqual(['Jana', 'Kim']);
    expect(await undoContactImport()).toEqual({ ok: true });
    expect(readRaw('nk:planer')).toBe(before);
    expect($planner.get().contacts.map((c) => c.name)).toEqual(['Jana']);
  });

  test('a result outside the schema is refused and nothing is written', async () => {
    const before = readRaw('nk:planer');
    const preview = buildPreview([row(1, { name: 'Kim', birthday: '02-30' })], []);
    expect(await importContacts('kaputt.csv', preview, options)).toEqual({ ok: false, problem: { code: 'invalid' } });
    expect(readRaw('nk:planer')).toBe(before);
  });
});
