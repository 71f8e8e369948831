import { describe, expect, test } from 'vitest';
import { connectionsCsv } from './contact-import.ts';
import { readContactFile } from '../../src/lib/contact-import/read-file';
import { contactImportTable } from './report.ts';

describe('the generated Connections.csv', () => {
  test('reads as LinkedIn with every row, the same text on every run', () => {
    const text = connectionsCsv(120);
    expect(text).toBe(connectionsCsv(120));
    const outcome = readContactFile(new TextEncoder().encode(text), 10_000, 2026);
    expect(outcome.ok === true && outcome.kind).toBe('linkedin');
    expect(outcome.ok === true && outcome.rows.length).toBe(120);
    expect(outcome.ok === true && outcome.rows[11]!.position).toBe('Leitung Vertrieb, Region 2');
  });

  test('its figures print as a table', () => {
    expect(
      contactImportTable({
        rows: 5000,
        existing: 500,
        bytes: 529_306,
        previewMs: 562.2,
        buildMs: 24.2,
        runs: 5,
      }),
    ).toMatch(/\|\s+5,000 \|\s+500 \|\s+529,306 \|\s+562 \|\s+24 \|/);
  });
});
