/** Puts the import's codes (errors, row problems, duplicate reasons) into the dictionary's words. */
import { fill, plural } from '../../../i18n/format';
import type { ContactImportTexts } from '../../../i18n/de/contact-import';
import type { ImportError, RowProblem } from '../../../lib/contact-import/fields';
import type { ContactImportProblem } from '../../../stores/contact-import';

/** Why a file cannot be imported, naming the file (and the card, the counts). */
export function errorText(texts: ContactImportTexts, file: string, error: ImportError | { code: 'unreadable' }): string {
  return fill(texts.errors[error.code], { file, ...('at' in error ? { at: error.at } : {}), ...('count' in error ? { count: error.count, limit: error.limit } : {}) });
}

/** Why writing the import changed nothing. */
export function writeProblemText(texts: ContactImportTexts, problem: ContactImportProblem): string {
  if (problem.code === 'readOnly' || problem.code === 'invalid' || problem.code === 'noSnapshot') return texts.errors.readOnly;
  return texts.errors.full;
}

/** One problem of a row or card: „Eintrag 3, Feld „E-Mail“: nicht lesbar, weggelassen.“ */
export function problemText(texts: ContactImportTexts, problem: RowProblem): string {
  return fill(texts.problems[problem.code], { at: problem.at, field: texts.fields[problem.field] });
}

/** „„Connections.csv“: 12 neue Kontakte, 2 mögliche Dubletten, 1 Hinweis.“ */
export function countsText(texts: ContactImportTexts, file: string, counts: { fresh: number; duplicates: number }, problems: number): string {
  const p = texts.preview;
  return fill(p.counts, { file, fresh: plural(p.fresh, counts.fresh), duplicates: plural(p.duplicates, counts.duplicates), problems: plural(p.problems, problems) });
}
