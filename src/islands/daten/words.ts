/**
 * How „Meine Daten“ words the codes of the storage layer: each helper picks the dictionary's
 * template for a code and fills in its parameters. Rendering only; what a code means is decided
 * in `src/lib/storage` and the stores.
 */
import type { ComponentChild } from 'preact';
import type { DatenTexts } from '../../i18n/de/daten';
import { fill, formatMoment, formatNumber, plural } from '../../i18n/format';
import { kilobytes } from '../../lib/storage/storage-overview';
import type { StoredIssue } from '../../lib/storage/stored-value';
import type { IssueLocation } from '../../lib/storage/issue-location';
import type { SnapshotCause } from '../../lib/storage/snapshot';
import type { ActionProblem, ImportProblem } from '../../stores/daten-import';

/** The name of a stored value by its id; an id this page does not know stands for itself. */
export function toolName(texts: Pick<DatenTexts, 'tools'>, tool: string): string {
  return (texts.tools as Readonly<Record<string, string>>)[tool] ?? tool;
}

/** A size such as „1,5 KB“ (see `kilobytes`). */
export function sizeText(texts: Pick<DatenTexts, 'units'>, bytes: number): string {
  const { kb, decimals } = kilobytes(bytes);
  return fill(texts.units.size, { kb: formatNumber(kb, { minimumFractionDigits: decimals, maximumFractionDigits: 1 }) });
}

/** A point in time (ISO) as day and time where the reader is, such as „1. März 2026, 10:30 Uhr“. */
export function momentText(texts: Pick<DatenTexts, 'units'>, iso: string, timeZone?: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? texts.units.unknownMoment : fill(texts.units.moment, formatMoment(date, timeZone));
}

/** A count of entries, „1 Eintrag“ or „3 Einträge“. */
export function entriesText(texts: Pick<DatenTexts, 'units'>, n: number): string {
  return plural(texts.units.entries, n);
}

/** The sentence for a stored value that could not be read. */
export function issueText(texts: Pick<DatenTexts, 'tools' | 'issue'>, issue: StoredIssue): string {
  return fill(texts.issue[issue.code], { ...issue, tool: toolName(texts, issue.tool) });
}

/** The words of one key, or the key itself when the dictionary does not name it. */
const named = (names: Readonly<Record<string, string>>, key: string): string => (Object.hasOwn(names, key) ? names[key]! : key);

/**
 * Where in the data of `tool` something does not fit, and what: „Planer, Kontakt 4: Das Feld
 * „Geburtstag“ ist kein gültiges Datum.“
 */
export function locationText(texts: Pick<DatenTexts, 'tools' | 'location'>, tool: string, at: IssueLocation): string {
  const words = texts.location;
  const items = at.items.map(({ list, n }) =>
    list === '' ? fill(words.entryAt, { n }) : n === 0 ? named(words.lists, list) : fill(words.itemAt, { list: named(words.lists, list), n }),
  );
  const place = [toolName(texts, tool), ...items].join(words.separator);
  return fill(at.field === '' ? words.item : words[at.problem], { place, field: named(words.fields, at.field) });
}

/** The message for a file that cannot be imported. */
export function importProblemText(texts: DatenTexts, problem: ImportProblem): string {
  if (problem.code === 'recordDamaged' && problem.at) {
    return fill(texts.importProblem.recordInvalid, { issue: locationText(texts, problem.issue.tool, problem.at) });
  }
  if (problem.code === 'recordNewer' || problem.code === 'recordDamaged') {
    return fill(texts.importProblem[problem.code], { issue: issueText(texts, problem.issue) });
  }
  return fill(texts.importProblem[problem.code], problem);
}

/** The message for an import or restore that changed nothing. */
export function actionProblemText(texts: DatenTexts, problem: ActionProblem): string {
  if (problem.code === 'restoreOverNewer') return fill(texts.actionProblem.restoreOverNewer, { issue: issueText(texts, problem.issue) });
  return fill(texts.actionProblem[problem.code], 'tool' in problem ? { ...problem, tool: toolName(texts, problem.tool) } : problem);
}

/** Why a snapshot was taken, as the end of „Aufgehoben am …, {cause}.“ */
export function causeText(texts: DatenTexts, cause: SnapshotCause): string {
  if (cause.code === 'beforeUpdate') return fill(texts.snapshotCause.beforeUpdate, { tool: toolName(texts, cause.tool), version: cause.version });
  if (cause.code === 'beforeImport') {
    return fill(cause.fileName === undefined ? texts.snapshotCause.beforeImport : texts.snapshotCause.beforeImportFile, { moment: momentText(texts, cause.exportedAt), file: cause.fileName ?? '' });
  }
  if (cause.code === 'beforeRestore' && cause.at !== undefined) return fill(texts.snapshotCause.beforeRestoreAt, { moment: momentText(texts, cause.at) });
  if (cause.code === 'beforeContactImport') return fill(texts.snapshotCause.beforeContactImport, { file: cause.fileName });
  return texts.snapshotCause[cause.code];
}

/**
 * A template whose placeholders are elements: „Insgesamt … {size}.“ with `{size}` in bold.
 * Placeholders without a part stay empty, like `fill`.
 * @example rich('Letzte Sicherung: {date}.', { date: <strong>nie</strong> })
 */
export function rich(template: string, parts: Readonly<Record<string, ComponentChild>>): ComponentChild[] {
  return template.split(/\{(\w+)\}/).map((piece, i) => (i % 2 === 0 ? piece : parts[piece] ?? ''));
}
