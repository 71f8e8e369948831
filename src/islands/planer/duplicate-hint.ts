import { fill } from '../../i18n/format';
import { duplicateOf, type Named } from '../../lib/planner/duplicates';

/** A name field's hint with the duplicate hint added when another item has the same folded name (a hint, never a block). */
export function withDuplicate(hint: string | undefined, name: string, items: readonly Named[], ownId: string | null, template: string): string | undefined {
  const twin = duplicateOf(name, items, ownId);
  if (!twin) return hint;
  const line = fill(template, { name: twin.name });
  return hint ? `${hint} ${line}` : line;
}
