import type { PlanerTexts } from '../../i18n/de/planer';
import { plural } from '../../i18n/format';

/**
 * The one sentence that sums up the due list, on the contacts page and on the overview.
 * @example dueSummary(texts, { due: 2, overdue: 1 }) // '2 Kontakte sind in den nächsten zwei Wochen fällig, davon 1 überfällig.'
 */
export function dueSummary(texts: PlanerTexts['due'], counts: { due: number; overdue: number }): string {
  if (counts.due === 0) return texts.none;
  return plural(counts.overdue ? texts.someOverdue : texts.some, counts.due, { overdue: counts.overdue });
}
