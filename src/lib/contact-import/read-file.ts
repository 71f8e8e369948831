/**
 * The import's entry: bytes in, either rows (LinkedIn, vCard) or a CSV table waiting for the
 * reader's column mapping, or an error code.
 */
import { decodeBytes } from './decode';
import { guessColumns, linkedInBody, parseLinkedIn, readCsvTable, type ColumnMapping, type CsvTable } from './csv';
import type { ImportError, ImportResult } from './fields';
import { isVCard, parseVCards } from './vcard';

export type ReadOutcome = ImportResult | { ok: 'mapping'; table: CsvTable; guess: ColumnMapping };

/**
 * Reads an imported file. `room` is how many contacts still fit under the planner's limit,
 * `thisYear` the latest birth year. Never throws.
 */
export function readContactFile(bytes: Uint8Array, room: number, thisYear: number): ReadOutcome {
  try {
    const decoded = decodeBytes(bytes);
    if (!decoded.ok) return fail({ code: decoded.code });
    const text = decoded.text;
    if (!text.trim()) return fail({ code: 'nothing' });
    if (isVCard(text)) return parseVCards(text, room, thisYear);
    const linkedIn = linkedInBody(text);
    if (linkedIn !== null) return parseLinkedIn(linkedIn, room, thisYear);
    if (/^\s*[{[]/.test(text) || /\uFFFD/.test(text)) return fail({ code: text.includes('\uFFFD') ? 'encoding' : 'nothing' });
    const table = readCsvTable(text);
    if (!table || table.header.length < 2 || table.records.length === 0) return fail({ code: 'nothing' });
    return { ok: 'mapping', table, guess: guessColumns(table.header) };
  } catch {
    return fail({ code: 'nothing' });
  }
}

function fail(error: ImportError): ImportResult {
  return { ok: false, error };
}
