/**
 * The planner's hint on a name that is already there („LinkedIn“ and „linkedin“, „Müller“ and
 * „Mueller“): names are compared folded (src/lib/text/fold.ts). A hint, never a block.
 */
import { foldVariants } from '../text/fold';

/** An item with a name to compare: a contact, a target group, a named network, a goal's text. */
export interface Named {
  id: string;
  name: string;
}

/**
 * The first other item whose folded name equals `name`'s, or null; `ownId` is the item being
 * edited (null while adding), blank names never match.
 * @example duplicateOf('linkedin', [{ id: 'c1', name: 'LinkedIn' }], null) // { id: 'c1', name: 'LinkedIn' }
 * @example duplicateOf('Mueller', [{ id: 'k1', name: 'Müller' }], 'k1') // null (the item itself)
 */
export function duplicateOf<T extends Named>(name: string, items: readonly T[], ownId: string | null): T | null {
  const mine = foldVariants(name).filter(Boolean);
  if (mine.length === 0) return null;
  return items.find((item) => item.id !== ownId && foldVariants(item.name).some((v) => v !== '' && mine.includes(v))) ?? null;
}
